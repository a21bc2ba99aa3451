package org.yjinspect.export.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET {@code .../exports/cases.csv?layout=wide|long}, {@code cases.xlsx}, {@code data-dictionary.csv}
 * (case-level: READ_EVIDENCE) and {@code audit.csv} (READ_AUDIT), each under the page path (a
 * browser with its session cookie; a refusal is a page) and the API path (a refusal is JSON).
 * A bad layout or a missing inspection is refused before the first byte; a failure while the
 * file is on its way aborts the connection, so the download fails visibly instead of ending in
 * what looks like a complete file.
 */
public final class ExportRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(ExportRoutes.class);
    private static final String[] BASES = {"/inspections/{inspectionId}/exports", "/api/inspections/{inspectionId}/exports"};
    private final ExportFiles files;

    public ExportRoutes(ExportFiles files) {
        this.files = files;
    }

    @Override
    public void register(RoutesConfig routes) {
        for (String base : BASES) {
            // Every case's answers, as the audit trail names them: READ_AUDIT (the same people as READ_EVIDENCE),
            // so a second reader still blind does not read the first readings here (docs/second-reading.md).
            routes.get(base + "/cases.csv", download(ctx -> files.cases(id(ctx),
                    CaseLayout.named(ctx.queryParam("layout")), ExportFormat.CSV)), Allowed.to(Action.READ_AUDIT));
            routes.get(base + "/cases.xlsx", download(ctx -> files.cases(id(ctx), CaseLayout.WIDE, ExportFormat.XLSX)),
                    Allowed.to(Action.READ_AUDIT));
            routes.get(base + "/data-dictionary.csv", download(ctx -> files.dictionary(id(ctx), ExportFormat.CSV)),
                    Allowed.to(Action.READ_EVIDENCE));
            routes.get(base + "/audit.csv", download(ctx -> files.audit(id(ctx), ExportFormat.CSV)),
                    Allowed.to(Action.READ_AUDIT));
        }
    }

    /** How a route finds its file from the request (refusing it, as a Problem, before anything is sent). */
    @FunctionalInterface
    interface FileFor {
        ExportFile of(Context ctx);
    }

    static Handler download(FileFor fileFor) {
        return ctx -> {
            ExportFile file = fileFor.of(ctx);
            ctx.contentType(file.contentType());
            ctx.header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            try {
                file.writeTo(ctx.outputStream());
            } catch (RuntimeException | Error failure) {
                abort(ctx, failure);
            }
        };
    }

    /** The file is partly sent (or buffered to be): no status can be given now, so the connection is cut. */
    private static void abort(Context ctx, Throwable failure) {
        if (causedBy(failure, IOException.class)) {
            LOG.info("export {} stopped: the client went away ({})", SafeText.shown(ctx.path()), failure.getMessage());
        } else {
            LOG.error("export {} failed while being sent; the connection is cut", SafeText.shown(ctx.path()), failure);
        }
        ServletContextRequest request = ServletContextRequest.getServletContextRequest(ctx.req());
        if (request != null) {
            request.getServletChannel().abort(failure);
        }
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }
}
