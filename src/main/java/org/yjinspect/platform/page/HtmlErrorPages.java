package org.yjinspect.platform.page;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.platform.web.ErrorPages;

/**
 * Refusals shown as pages: nobody signed in goes to the sign-in page (and comes back after);
 * everything else is a page in the service's style saying what is wrong and what to do. The
 * words are the same as the API's, never a stack trace.
 */
public final class HtmlErrorPages implements ErrorPages {
    private final Pages pages;
    private final Function<Context, Layout> layouts;

    /** {@code layouts} gives the frame of the page for the request (who is signed in, if anyone). */
    public HtmlErrorPages(Pages pages, Function<Context, Layout> layouts) {
        this.pages = pages;
        this.layouts = layouts;
    }

    @Override
    public void show(Context ctx, int status, String message) {
        if (status == 401) {
            String back = "GET".equals(ctx.method().name()) ? ctx.path() : "/";
            ctx.status(303).header("Location", "/sign-in?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
        }
        Layout frame = layouts.apply(ctx);
        Layout layout = new Layout(heading(status), frame.username(), frame.csrf(), null);
        pages.render(ctx, status, "platform/error.jte", Map.of("layout", layout, "status", status,
                "heading", heading(status), "message", sentence(message)));
    }

    private static String heading(int status) {
        return switch (status) {
            case 403 -> "You cannot do this";
            case 404 -> "Page not found";
            case 409, 423 -> "This cannot be changed now";
            case 429, 503 -> "Please try again shortly";
            default -> status >= 500 ? "Sorry, there is a problem with the service" : "There is a problem";
        };
    }

    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something went wrong.";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
