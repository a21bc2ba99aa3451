package org.yjinspect.library.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.InputStream;
import org.yjinspect.account.web.Audience;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.library.app.AddToLibraryCommand;
import org.yjinspect.library.app.Library;
import org.yjinspect.library.app.LibraryAddition;
import org.yjinspect.library.app.LibraryExport;
import org.yjinspect.library.app.LibraryReports;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.platform.web.UploadGate;
import org.yjinspect.records.web.RequestActor;

/**
 * The library on the API (docs/library.md): GET /api/library, GET /api/library/{libraryId},
 * GET /api/library/export.csv|.xlsx for anyone signed in; POST /api/library (the report file's
 * bytes as the body, text or PDF, typed application/pdf or application/octet-stream;
 * {@code ?file=NAME}, {@code ?replace=true}) and DELETE
 * /api/library/{libraryId} for administrators. Adding answers 201 when the library changed, 200
 * when it held the inspection already (with what differs, if anything).
 */
public final class LibraryRoutes implements Routes {
    private static final java.util.Set<String> CROSS_SITE = java.util.Set.of("text/plain",
            "application/x-www-form-urlencoded", "multipart/form-data");
    private final Library library;
    private final LibraryReports reports;
    private final LibraryExport export;
    private final RequestActor actors;
    /** One report read at a time (a PDF of 32 MB at most in a small heap). */
    private final UploadGate uploads = new UploadGate(1);

    public LibraryRoutes(Library library, LibraryReports reports, LibraryExport export, RequestActor actors) {
        this.library = library;
        this.reports = reports;
        this.export = export;
        this.actors = actors;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/api/library", ctx -> ctx.json(LibraryJson.list(library.all())), Audience.SIGNED_IN);
        routes.get("/api/library/export.csv", download(ExportFormat.CSV), Audience.SIGNED_IN);
        routes.get("/api/library/export.xlsx", download(ExportFormat.XLSX), Audience.SIGNED_IN);
        routes.get("/api/library/{libraryId}", ctx -> ctx.json(LibraryJson.full(library.kept(id(ctx)))),
                Audience.SIGNED_IN);
        // Before the access gate: a type another site's form can send is refused for anyone, unread.
        routes.before("/api/library", LibraryRoutes::refuseCrossSiteTypes);
        routes.post("/api/library", ctx -> uploads.read(ctx, this::add), Audience.ADMINISTRATORS);
        routes.delete("/api/library/{libraryId}", ctx -> {
            library.remove(id(ctx), actors.of(ctx));
            ctx.status(204);
        }, Audience.ADMINISTRATORS);
    }

    private void add(Context ctx) throws java.io.IOException {
        var actor = actors.of(ctx);
        byte[] content;
        try (InputStream body = ctx.bodyInputStream()) {
            content = body.readAllBytes();
        }
        boolean replace = "true".equalsIgnoreCase(ctx.queryParam("replace"));
        LibraryAddition addition = library.add(new AddToLibraryCommand(reports.read(content, ctx.queryParam("file")),
                replace, actor));
        ctx.status(addition.changed() ? 201 : 200).json(LibraryJson.addition(addition));
    }

    private Handler download(ExportFormat format) {
        return ctx -> {
            ExportFile file = export.file(format);
            ctx.contentType(file.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            file.writeTo(ctx.outputStream());
        };
    }

    /**
     * A form on another site can POST text/plain, url-encoded or multipart bodies without the
     * browser asking first, so the report's bytes come as application/pdf, application/octet-stream
     * (its text) or any type but those.
     */
    private static void refuseCrossSiteTypes(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
        if ("POST".equals(ctx.method().name()) && CROSS_SITE.contains(media)) {
            throw BadRequest.unsupportedMediaType("send the report file's bytes with Content-Type: application/pdf, or"
                    + " application/octet-stream for its text (got " + SafeText.shown(media) + ", which a form on"
                    + " another site could send)");
        }
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "libraryId");
    }
}
