package org.yjinspect.records.web;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.platform.web.Routes;

/**
 * The two refusals every record-keeping write can meet, answered the same way on every route:
 * a stale write gets 409 with the record as it now stands under {@code current}; a write to a
 * published inspection gets 423 Locked.
 */
public final class WriteRefusals implements Routes {
    @Override
    public void register(RoutesConfig routes) {
        routes.exception(StaleRecord.class, (e, ctx) -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("stale", true);
            body.put("current", e.current());
            RecordJson.send(ctx, 409, body);
        });
        routes.exception(InspectionLocked.class, (e, ctx) ->
                RecordJson.send(ctx, 423, Map.of("error", e.getMessage(), "locked", true)));
    }
}
