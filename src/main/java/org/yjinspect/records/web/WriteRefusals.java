package org.yjinspect.records.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yjinspect.platform.web.ErrorPages;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.platform.web.Routes;

/**
 * The two refusals every record-keeping write can meet, answered the same way on every route:
 * a stale write gets 409 with the record as it now stands under {@code current}; a write to a
 * published inspection gets 423 Locked. On a page of the browser application (a form that does
 * not handle them itself) they are shown as a page in the service's style, with the same words.
 */
public final class WriteRefusals implements Routes {
    private final ErrorPages pages;

    public WriteRefusals() {
        this(ErrorPages.NONE);
    }

    /** {@code pages} shows the refusals of page routes; {@link ErrorPages#NONE} answers JSON everywhere. */
    public WriteRefusals(ErrorPages pages) {
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.exception(StaleRecord.class, (e, ctx) -> {
            if (onPage(ctx)) {
                pages.show(ctx, 409, e.getMessage());
                return;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            body.put("stale", true);
            body.put("current", e.current());
            RecordJson.send(ctx, 409, body);
        });
        routes.exception(InspectionLocked.class, (e, ctx) -> {
            if (onPage(ctx)) {
                pages.show(ctx, 423, e.getMessage());
                return;
            }
            RecordJson.send(ctx, 423, Map.of("error", e.getMessage(), "locked", true));
        });
    }

    private boolean onPage(Context ctx) {
        return pages != null && ErrorPages.isPage(ctx.path());
    }
}
