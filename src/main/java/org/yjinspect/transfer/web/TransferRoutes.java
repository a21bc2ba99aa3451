package org.yjinspect.transfer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.PrincipalResolver;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.platform.web.UploadGate;
import org.yjinspect.records.web.RequestActor;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.app.ImportedInspection;
import org.yjinspect.transfer.app.InspectionTransfer;
import org.yjinspect.transfer.json.InspectionDocumentReader;
import org.yjinspect.transfer.json.InspectionDocumentWriter;

/**
 * The whole inspection as a document (docs/transfer.md):
 * GET /inspections/{id}/exports/inspection.json (the page's download, session cookie) and
 * GET /api/inspections/{id}/exports/inspection.json, streamed as it is read, lead inspector only;
 * POST /api/inspections/import (the document as the JSON body, optional {@code ?file=NAME} for the
 * audit entry), for anyone signed in, who then leads the new inspection, as when creating one.
 * One import is read at a time: each is held checked in memory until it is stored.
 */
public final class TransferRoutes implements Routes {
    private final InspectionTransfer transfer;
    private final RequestActor actors;
    private final UploadGate imports = new UploadGate(1);

    public TransferRoutes(InspectionTransfer transfer, RequestActor actors) {
        this.transfer = transfer;
        this.actors = actors;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/inspections/{inspectionId}/exports/inspection.json", this::export,
                Allowed.to(Action.EXPORT_INSPECTION));
        routes.get("/api/inspections/{inspectionId}/exports/inspection.json", this::export,
                Allowed.to(Action.EXPORT_INSPECTION));
        routes.post("/api/inspections/import", ctx -> imports.read(ctx, this::importDocument), Audience.SIGNED_IN);
    }

    private void export(Context ctx) throws IOException {
        long id = Requests.id(ctx, "inspectionId");
        ctx.contentType("application/json; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"inspection-" + id + ".json\"");
        OutputStream out = ctx.outputStream();
        try (InspectionDocumentWriter writer = new InspectionDocumentWriter(out)) {
            transfer.export(id, writer);
        }
    }

    private void importDocument(Context ctx) throws IOException {
        requireJson(ctx);
        String file = ctx.queryParam("file") == null ? "upload to the API" : ctx.queryParam("file");
        var actor = actors.of(ctx);
        String lead = PrincipalResolver.required(ctx).username();
        try (InputStream body = ctx.bodyInputStream()) {
            var document = new InspectionDocumentReader(file).read(body);
            ImportedInspection imported = transfer.importDocument(new ImportInspectionCommand(document, file, actor,
                    lead));
            ctx.status(201).json(ImportJson.of(imported));
        }
    }

    /** Only JSON (or no type): a page on another site can post a form or text without the browser asking first. */
    private static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!media.isEmpty() && !media.equals("application/json")) {
            throw BadRequest.unsupportedMediaType("the inspection must be sent as JSON with Content-Type:"
                    + " application/json (got " + SafeText.shown(type) + ")");
        }
    }
}
