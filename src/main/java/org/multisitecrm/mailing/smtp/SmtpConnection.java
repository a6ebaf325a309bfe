package org.multisitecrm.mailing.smtp;

import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One open session with an SMTP server, for many messages (RFC 5321): EHLO, STARTTLS when asked, AUTH
 * PLAIN, then MAIL, RCPT and DATA per message. {@link #send} runs {@code beforeCommit} once the whole
 * message is written and before the final dot: what it records is in the database before the server can
 * have accepted the message, so a crash at any point never leaves a delivered message unrecorded.
 */
public final class SmtpConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 30_000;
    private static final byte[] CRLF = {'\r', '\n'};

    private final Socket socket;
    private InputStream in;
    private OutputStream out;

    private SmtpConnection(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(TIMEOUT_MILLIS);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = new BufferedOutputStream(socket.getOutputStream());
    }

    /** Connects, greets and authenticates; the server's refusal or silence is an SmtpException. */
    public static SmtpConnection open(SmtpServer server, String heloName) throws SmtpException {
        Socket socket = null;
        try {
            socket = server.tls() == SmtpServer.Tls.SSL ? verifyingHost(SSLSocketFactory.getDefault().createSocket()) : new Socket();
            socket.connect(new InetSocketAddress(server.host(), server.port()), TIMEOUT_MILLIS);
            SmtpConnection connection = new SmtpConnection(socket);
            connection.expect(connection.reply(), 220, "greeting");
            String capabilities = connection.command("EHLO " + heloName, 250);
            if (server.tls() == SmtpServer.Tls.STARTTLS) {
                if (!capabilities.toUpperCase().contains("STARTTLS")) {
                    throw new SmtpException(server.host() + " does not offer STARTTLS, which smtpTlsMode starttls requires", true);
                }
                connection.command("STARTTLS", 220);
                connection.upgrade(server);
                connection.command("EHLO " + heloName, 250);
            }
            if (server.authenticates()) {
                String plain = Base64.getEncoder().encodeToString(("\0" + server.username() + "\0" + server.password())
                        .getBytes(StandardCharsets.UTF_8));
                connection.command("AUTH PLAIN " + plain, 235);
            }
            return connection;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new SmtpException("cannot reach " + server.host() + ":" + server.port() + ": " + e.getMessage(), e);
        } catch (SmtpException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    /**
     * Sends one message to one recipient. {@code beforeCommit} runs after the data and before the final
     * dot; if it throws, the message is abandoned (RSET) and the exception passes on.
     */
    public void send(String from, String to, byte[] message, Runnable beforeCommit) throws SmtpException {
        try {
            command("MAIL FROM:<" + from + ">", 250);
            command("RCPT TO:<" + to + ">", 250);
            command("DATA", 354);
            writeDotStuffed(message);
            try {
                beforeCommit.run();
            } catch (RuntimeException e) {
                abandon();
                throw e;
            }
            out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            expect(reply(), 250, "end of data");
        } catch (IOException e) {
            throw new SmtpException("connection lost: " + e.getMessage(), e);
        }
    }

    /** After a refused command: forget the message in progress, so the next one starts clean. */
    public void reset() throws SmtpException {
        try {
            command("RSET", 250);
        } catch (IOException e) {
            throw new SmtpException("connection lost: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // closing anyway
        }
        closeQuietly(socket);
    }

    private void abandon() {
        // the data is unterminated: only closing the connection makes the server drop it
        closeQuietly(socket);
    }

    private void writeDotStuffed(byte[] message) throws IOException {
        boolean lineStart = true;
        int previous = -1;
        for (byte b : message) {
            if (b == '\n' && previous != '\r') {
                out.write('\r');
            }
            if (lineStart && b == '.') {
                out.write('.');
            }
            out.write(b);
            lineStart = b == '\n';
            previous = b;
        }
        if (!lineStart) {
            out.write(CRLF);
        }
    }

    private String command(String line, int expected) throws IOException, SmtpException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        String verb = line.startsWith("AUTH") ? "AUTH" : line.split("[ :]")[0];
        return expect(reply(), expected, verb);
    }

    private String expect(String reply, int expected, String what) throws SmtpException {
        int code = reply.length() >= 3 ? Integer.parseInt(reply.substring(0, 3)) : 0;
        if (code != expected) {
            throw new SmtpException(what + " refused: " + reply.strip(), code >= 500);
        }
        return reply;
    }

    /** A whole reply, its continuation lines ({@code 250-...}) included. */
    private String reply() throws IOException {
        StringBuilder reply = new StringBuilder();
        while (true) {
            String line = readLine();
            reply.append(line).append('\n');
            if (line.length() < 4 || line.charAt(3) != '-') {
                if (line.length() < 3 || !Character.isDigit(line.charAt(0))) {
                    throw new IOException("not an SMTP reply: " + line);
                }
                return reply.toString();
            }
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
            if (line.length() > 4096) {
                throw new IOException("an SMTP reply line longer than 4096 characters");
            }
        }
        throw new IOException("the server closed the connection");
    }

    private void upgrade(SmtpServer server) throws IOException {
        SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                .createSocket(socket, server.host(), server.port(), true);
        verifyingHost(tls);
        tls.startHandshake();
        this.in = new BufferedInputStream(tls.getInputStream());
        this.out = new BufferedOutputStream(tls.getOutputStream());
    }

    /** A TLS socket that checks the server's certificate names the host it was asked for. */
    private static Socket verifyingHost(Socket socket) {
        SSLSocket tls = (SSLSocket) socket;
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        return tls;
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing more to do
            }
        }
    }
}
