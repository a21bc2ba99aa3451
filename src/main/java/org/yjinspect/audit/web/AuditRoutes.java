package org.yjinspect.audit.web;

import org.yjinspect.access.web.Allowed;
import org.yjinspect.access.domain.Action;
import java.util.regex.Pattern;
import org.yjinspect.records.web.RecordJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.app.AuditService;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET /api/inspections/{id}/audit[?case=REFERENCE][&amp;standard=2.1][&amp;after=ID][&amp;limit=N]:
 * the audit trail, oldest first; {@code next} is the id to pass as {@code after} for more.
 */
public final class AuditRoutes implements Routes {
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,12}");
    private final AuditService audit;

    public AuditRoutes(AuditService audit) {
        this.audit = audit;
    }

    /** One page of entries. */
    public record Page(int count, long next, List<AuditEntry> entries) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/inspections/{inspectionId}/audit", ctx -> {
            AuditQuery query = new AuditQuery(Requests.id(ctx, "inspectionId"), ctx.queryParam("case"),
                    ctx.queryParam("standard"), number(ctx, "after"), (int) number(ctx, "limit"));
            List<AuditEntry> entries = audit.entries(query);
            RecordJson.send(ctx, new Page(entries.size(),
                    entries.isEmpty() ? query.afterId() : entries.get(entries.size() - 1).id(), entries));
        }, Allowed.to(Action.READ_AUDIT));
    }

    private static long number(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        if (!NUMBER.matcher(raw).matches()) {
            throw new BadRequest(name + " must be a whole number");
        }
        return Long.parseLong(raw);
    }
}
