package org.multisitecrm.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that takes every message and keeps only a count: for measuring how fast the sender
 * goes, without a real server's storage in the way (GreenMail keeps every message in memory).
 */
public final class CountingSmtpSink implements AutoCloseable {

    private final ServerSocket socket;
    private final ExecutorService sessions = Executors.newCachedThreadPool();
    private final AtomicLong messages = new AtomicLong();

    public CountingSmtpSink() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    sessions.submit(() -> converse(client));
                } catch (IOException e) {
                    // closed
                }
            }
        }, "counting-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String backend() {
        return "{\"outBound_option\":0,\"smtpServer\":\"127.0.0.1\",\"smtpPort\":" + socket.getLocalPort() + ",\"smtpTlsMode\":\"none\"}";
    }

    public long messages() {
        return messages.get();
    }

    private void converse(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream(), 65_536);
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = readLine(in)) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        String data;
                        while ((data = readLine(in)) != null && !data.equals(".")) {
                            // discarded
                        }
                        messages.incrementAndGet();
                        reply(out, "250 queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
        sessions.shutdownNow();
    }
}
