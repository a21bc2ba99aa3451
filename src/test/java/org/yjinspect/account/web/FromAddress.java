package org.yjinspect.account.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.platform.json.Json;

/**
 * Signs in over a socket bound to another loopback address (127.0.0.2), so the server sees a
 * second client address: someone in another office while an attacker's address is slowed. Java's
 * HttpClient cannot choose its local address, so this writes the HTTP/1.1 request itself.
 */
final class FromAddress {
    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3})");
    private static final Pattern RETRY_AFTER = Pattern.compile("(?im)^Retry-After: *(\\d+)");
    private final int port;
    private final InetAddress local;

    /** The status and, when slowed, the Retry-After seconds (-1 when none). */
    record SignInAnswer(int status, long retryAfter, String body) {
    }

    FromAddress(int port, String localAddress) throws Exception {
        this.port = port;
        this.local = InetAddress.getByName(localAddress);
    }

    SignInAnswer signIn(String username, String password) throws Exception {
        byte[] body = ("{\"username\": " + Json.write(username) + ", \"password\": " + Json.write(password) + "}")
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/session HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n";
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, local, 0)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String answer = read(socket.getInputStream());
            Matcher status = STATUS.matcher(answer);
            if (!status.find()) {
                throw new AssertionError("not an HTTP answer: " + answer);
            }
            Matcher retry = RETRY_AFTER.matcher(answer);
            return new SignInAnswer(Integer.parseInt(status.group(1)), retry.find() ? Long.parseLong(retry.group(1)) : -1,
                    answer.substring(answer.indexOf("\r\n\r\n") + 4).toLowerCase(Locale.ROOT));
        }
    }

    private static String read(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
