package org.yjinspect.platform.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the precompiled JTE templates (src/main/jte, compiled to Java at build time, so a typo
 * in a template fails the build). Every value is escaped for its place in the HTML by JTE itself.
 */
public final class Pages {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} (for example "account/sign-in.jte") with its parameters as the answer. */
    public void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        ctx.status(status).contentType("text/html; charset=utf-8").result(output.toString());
    }

    public void render(Context ctx, String template, Map<String, Object> params) {
        render(ctx, 200, template, params);
    }
}
