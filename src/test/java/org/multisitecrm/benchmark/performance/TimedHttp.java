package org.multisitecrm.benchmark.performance;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The client the harness times calls with: blocking HTTP/1.1 on one kept-alive socket per side, the
 * request written in one piece, the answer read to its last byte (by length or chunks). The JDK's
 * {@code java.net.http} client hands every exchange between its own threads: on two cores shared with
 * the server and MariaDB that added several milliseconds to every call, the ceiling's too, which
 * flattened the ratios towards 1 and hid the API's own cost.
 */
final class TimedHttp implements Closeable {

    /** A status and the body's text. */
    record Answer(int status, String body) {
    }

    private final int port;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    TimedHttp(int port) {
        this.port = port;
    }

    Answer post(String host, String path, Map<String, String> headers, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\nHost: ").append(host).append(':').append(port)
                .append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        byte[] request = new byte[head.length() + content.length];
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(headBytes, 0, request, 0, headBytes.length);
        System.arraycopy(content, 0, request, headBytes.length, content.length);
        try {
            boolean reused = socket != null;
            try {
                return exchange(request);
            } catch (Unanswered stale) {
                // the server closed a kept-alive connection between calls, before any answer: once more on a new one
                close();
                if (!reused) {
                    throw stale;
                }
                return exchange(request);
            }
        } catch (IOException e) {
            close();
            throw new IllegalStateException("POST " + host + path + " failed: " + e.getMessage(), e);
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        String status;
        try {
            status = line();
        } catch (EOFException e) {
            throw new Unanswered();
        }
        int code = Integer.parseInt(status.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body = chunked ? chunks() : length >= 0 ? exactly(length) : in.readAllBytes();
        if (closes || (!chunked && length < 0)) {
            close();
        }
        return new Answer(code, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunks() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            body.write(exactly(size));
            line();
        }
        while (!line().isEmpty()) {
            // trailers, if any
        }
        return body.toByteArray();
    }

    private long chunkSize() throws IOException {
        String size = line();
        int extension = size.indexOf(';');
        return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).strip(), 16);
    }

    private byte[] exactly(long length) throws IOException {
        byte[] bytes = in.readNBytes(Math.toIntExact(length));
        if (bytes.length < length) {
            throw new EOFException("The answer ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The connection closed mid-answer");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** The connection closed before the first byte of an answer. */
    private static final class Unanswered extends EOFException {
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that is already gone
            }
            socket = null;
        }
    }
}
