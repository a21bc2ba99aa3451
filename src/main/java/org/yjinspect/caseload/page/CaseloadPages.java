package org.yjinspect.caseload.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.page.PagePermissions;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.caseload.app.CaseloadService;
import org.yjinspect.caseload.app.CaseloadSnapshot;
import org.yjinspect.caseload.app.ImportCaseloadCommand;
import org.yjinspect.caseload.app.ImportReport;
import org.yjinspect.caseload.csv.CaseloadCsvReader;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.caseload.domain.ParsedCaseload;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.platform.web.UploadGate;
import org.yjinspect.records.domain.Actor;

/**
 * GET /inspections/{id}/caseload: the caseload by case type, and the upload form to those who
 * may import one. POST .../caseload takes the export as a file (multipart/form-data, field
 * {@value #FILE}): imported when every row is valid; otherwise nothing is imported, every row
 * error is shown, and the file is kept ({@link HeldUploads}) so that POST .../caseload/valid-rows
 * can import its valid rows and skip the rest without choosing the file again.
 */
public final class CaseloadPages implements Routes {
    static final String FILE = "caseload";
    private static final String CASELOAD = "/inspections/{inspectionId}/caseload";
    private final CaseloadService caseloads;
    private final PagePermissions permissions;
    private final Pages pages;
    private final CaseloadCsvReader reader = new CaseloadCsvReader();
    private final HeldUploads held = new HeldUploads(Clock.systemUTC());
    /** One caseload read at a time, as on the API (a 64 MB file in a 256 MB heap; docs/security.md). */
    private final UploadGate uploads = new UploadGate(1);
    private final SignedInActor actors = new SignedInActor();

    public CaseloadPages(CaseloadService caseloads, PagePermissions permissions, Pages pages) {
        this.caseloads = caseloads;
        this.permissions = permissions;
        this.pages = pages;
    }

    /** A refused upload on the page: its errors, how many rows were valid and the key of the kept file. */
    public record Refused(ImportReport report, int validRows, String heldKey) {
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(CASELOAD, ctx -> show(ctx, 200, List.of(), null), Allowed.to(Action.READ_EVIDENCE));
        routes.post(CASELOAD, ctx -> uploads.read(ctx, this::upload), Allowed.to(Action.MANAGE_CASELOAD));
        routes.post(CASELOAD + "/valid-rows", ctx -> uploads.read(ctx, this::importValidRows),
                Allowed.to(Action.MANAGE_CASELOAD));
    }

    private void upload(Context ctx) throws IOException {
        UploadedFile file = isMultipart(ctx) ? ctx.uploadedFile(FILE) : null;
        if (file == null || file.size() == 0) {
            show(ctx, 400, List.of(new FormError(FILE, file == null ? "Select the caseload export (a CSV file) to upload"
                    : "The file chosen is empty; select the caseload export (a CSV file)")), null);
            return;
        }
        String name = SafeText.shown(file.filename());
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        Actor actor = actors.of(ctx);
        try {
            ParsedCaseload parsed = reader.read(name, content);
            ImportReport report = caseloads.importCaseload(new ImportCaseloadCommand(id(ctx), parsed, false, actor));
            if (report.imported()) {
                ctx.redirect(path(ctx) + "?done=imported", HttpStatus.SEE_OTHER);
                return;
            }
            String key = parsed.cases().isEmpty() ? null : held.keep(actor.name(), id(ctx), name, content);
            show(ctx, 400, errorsOf(report), new Refused(report, parsed.cases().size(), key));
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), FormError.of(FILE, refused), null);
        }
    }

    private void importValidRows(Context ctx) {
        Actor actor = actors.of(ctx);
        var file = held.take(ctx.formParam("upload"), actor.name(), id(ctx));
        if (file.isEmpty()) {
            show(ctx, 400, List.of(new FormError(FILE, "The file uploaded is no longer kept (a file is kept for "
                    + HeldUploads.KEPT.toMinutes() + " minutes, for the person who uploaded it); upload it again")), null);
            return;
        }
        try {
            ImportReport report = caseloads.importCaseload(new ImportCaseloadCommand(id(ctx),
                    reader.read(file.get().getKey(), file.get().getValue()), true, actor));
            if (!report.imported()) {
                show(ctx, 400, List.of(new FormError(FILE, report.summary())), null);
                return;
            }
            ctx.redirect(path(ctx) + "?done=imported", HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            show(ctx, refused.kind().httpStatus(), FormError.of(FILE, refused), null);
        }
    }

    /** The summary's lines: the first few row errors (each links to its line in the table), then how many more. */
    private static List<FormError> errorsOf(ImportReport report) {
        List<FormError> shown = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(10, report.errors().size()); i++) {
            var e = report.errors().get(i);
            String value = e.value().isEmpty() ? "" : ", \"" + e.value() + "\"";
            shown.add(new FormError("row-error-" + i, "Line " + e.line() + ", column " + e.column() + value + ": "
                    + e.message() + " (correct it in the file, or import the valid rows and skip this one)"));
        }
        if (report.errors().size() > shown.size()) {
            shown.add(new FormError("row-errors", (report.errors().size() - shown.size())
                    + " more errors are listed in the table below"));
        }
        return shown;
    }

    private void show(Context ctx, int status, List<FormError> errors, Refused refused) {
        long id = id(ctx);
        CaseloadSnapshot snapshot = caseloads.caseload(id);
        Map<String, Long> byType = snapshot.records().stream().collect(Collectors.groupingBy(
                c -> CaseTypes.label(c.caseType()), TreeMap::new, Collectors.counting()));
        Map<String, Object> params = new HashMap<>();
        params.put("layout", Frames.of(ctx, errors.isEmpty() ? "Caseload" : "Error: Caseload", Layout.Section.INSPECTIONS));
        params.put("inspectionId", id);
        params.put("cases", snapshot.cases().size());
        params.put("byType", byType);
        params.put("manage", permissions.may(ctx, id, Action.MANAGE_CASELOAD));
        params.put("locked", permissions.locked(ctx, id));
        params.put("errors", errors);
        params.put("refused", refused);
        params.put("done", errors.isEmpty() && "imported".equals(ctx.queryParam("done"))
                ? "The caseload has been imported: " + snapshot.cases().size() + " cases." : null);
        pages.render(ctx, status, "caseload/caseload.jte", params);
    }

    private static boolean isMultipart(Context ctx) {
        String type = ctx.contentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "inspectionId");
    }

    private static String path(Context ctx) {
        return "/inspections/" + id(ctx) + "/caseload";
    }
}
