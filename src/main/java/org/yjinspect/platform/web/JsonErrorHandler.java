package org.yjinspect.platform.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The web server's own error answers (a request it refuses before any route sees it: a
 * malformed URL such as /%zz, headers or a URL too large) in the API's form,
 * {@code {"error": "..."}} as JSON, instead of Jetty's HTML page. Jetty's message is not passed
 * on: it is a library's wording, and may quote the request.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException http) {
            status = http.getCode();
            response.setStatus(status);
        }
        SecurityHeaders.apply(request.isSecure(), response.getHeaders()::put);
        // Jetty closes the connection after refusing a malformed request; say so, or a client reusing it fails.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(request.getMethod())) {
            callback.succeeded();
            return true;
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(StatusWords.json(StatusWords.of(status)).getBytes(StandardCharsets.UTF_8)),
                callback);
        return true;
    }
}
