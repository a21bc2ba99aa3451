package org.yjinspect.library;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Requests to the library's API and pages as a person with a bearer token: file bodies, forms and multipart uploads. */
public final class LibraryHttp {
    private static final String BOUNDARY = "yjinspect-test-boundary-7d3f";
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Function<String, String> tokens;

    public LibraryHttp(String base, Function<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    public HttpResponse<String> get(String path, String person) throws Exception {
        return client.send(request(path, person).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> bytes(String path, String person) throws Exception {
        return client.send(request(path, person).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> send(String method, String path, byte[] body, String type, String person)
            throws Exception {
        HttpRequest.Builder request = request(path, person);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return client.send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> form(String path, String form, String person) throws Exception {
        return send("POST", path, form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", person);
    }

    /** A multipart form as a browser sends it: the file in field {@code report}, and {@code replace} when ticked. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content, boolean replace, String person)
            throws Exception {
        StringBuilder head = new StringBuilder();
        if (replace) {
            head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"replace\"\r\n\r\nyes\r\n");
        }
        head.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"report\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: text/plain\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        return send("POST", path, body, "multipart/form-data; boundary=" + BOUNDARY, person);
    }

    private HttpRequest.Builder request(String path, String person) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (person != null) {
            request.header("Authorization", "Bearer " + tokens.apply(person));
        }
        return request;
    }
}
