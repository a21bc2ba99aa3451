package org.yjinspect.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.problem.SafeText;

/** Reading request parts safely: ids from the path, JSON bodies into request records. */
public final class Requests {
    private Requests() {
    }

    public static long id(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new BadRequest(name + " must be a positive whole number (got \"" + SafeText.shown(raw) + "\")");
        }
        return Long.parseLong(raw);
    }

    public static <T> T body(Context ctx, Class<T> type) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequest("a JSON body is required");
        }
        try {
            return Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new BadRequest("the JSON body could not be read: " + SafeText.shown(e.getOriginalMessage()));
        }
    }
}
