package org.yjinspect.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends HTTP/1.1 requests byte for byte over a socket, so that tests can send what a real
 * client may send but Java's HttpClient refuses to: a malformed URL (/%zz), header bytes in
 * UTF-8, headers of any size, any method, a body that is not UTF-8.
 */
final class RawHttp {
    private final int port;

    /** A response: status, headers (names lower-cased) and body. */
    record Answer(int status, Map<String, String> headers, String body) {
    }

    RawHttp(int port) {
        this.port = port;
    }

    Answer send(String method, String target, Map<String, byte[]> headers, byte[] body) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (Map.Entry<String, byte[]> header : headers.entrySet()) {
            request.writeBytes((header.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
            request.writeBytes(header.getValue());
            request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        if (body != null) {
            request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            request.writeBytes(body);
        }
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            return read(socket.getInputStream());
        }
    }

    Answer send(String method, String target) throws IOException {
        return send(method, target, Map.of(), null);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the whole response (the server closes the connection, as asked), skipping any 100 Continue. */
    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int start = 0;
        int end = headEnd(all, start);
        while (end > 0 && new String(all, start, Math.min(12, all.length - start), StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 100")) {
            start = end + 4;
            end = headEnd(all, start);
        }
        String head = new String(all, start, (end < 0 ? all.length : end) - start, StandardCharsets.ISO_8859_1);
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, end + 4, all.length);
        String[] lines = head.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).strip(), (a, b) -> a + ", " + b);
            }
        }
        int status = lines[0].startsWith("HTTP/") ? Integer.parseInt(lines[0].split(" ")[1]) : -1;
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunked(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static int headEnd(byte[] all, int from) {
        for (int i = from; i + 3 < all.length; i++) {
            if (all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] unchunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = at;
            while (lineEnd + 1 < body.length && !(body[lineEnd] == '\r' && body[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
