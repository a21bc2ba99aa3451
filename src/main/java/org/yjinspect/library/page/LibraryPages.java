package org.yjinspect.library.page;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yjinspect.account.page.Frames;
import org.yjinspect.account.web.Audience;
import org.yjinspect.account.web.SignedInActor;
import org.yjinspect.library.app.AddToLibraryCommand;
import org.yjinspect.library.app.Library;
import org.yjinspect.library.app.LibraryAddition;
import org.yjinspect.library.app.LibraryReports;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.page.Layout;
import org.yjinspect.platform.page.Pages;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;
import org.yjinspect.platform.web.UploadGate;

/**
 * GET /library: the inspections in the library ({@code ?version=2018|2021} to filter), the export
 * links, and for administrators the form adding a report (POST /library, multipart: the file in
 * {@value #FILE}, {@code replace} ticked to replace other figures). GET /library/{libraryId}: one
 * inspection's figures; GET and POST /library/{libraryId}/remove: the confirmation and the removal
 * (administrators).
 */
public final class LibraryPages implements Routes {
    static final String FILE = "report";
    private final Library library;
    private final LibraryReports reports;
    private final Pages pages;
    private final SignedInActor actors = new SignedInActor();
    private final UploadGate uploads = new UploadGate(1);

    public LibraryPages(Library library, LibraryReports reports, Pages pages) {
        this.library = library;
        this.reports = reports;
        this.pages = pages;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/library", ctx -> list(ctx, 200, List.of(), null), Audience.SIGNED_IN);
        routes.post("/library", ctx -> uploads.read(ctx, this::add), Audience.ADMINISTRATORS);
        routes.get("/library/{libraryId}", this::show, Audience.SIGNED_IN);
        routes.get("/library/{libraryId}/remove", ctx -> confirm(ctx, 200, List.of()), Audience.ADMINISTRATORS);
        routes.post("/library/{libraryId}/remove", this::remove, Audience.ADMINISTRATORS);
    }

    private void add(Context ctx) throws IOException {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        UploadedFile file = type.startsWith("multipart/form-data") ? ctx.uploadedFile(FILE) : null;
        if (file == null || file.size() == 0) {
            boolean chosen = file != null && file.filename() != null && !file.filename().isBlank();
            list(ctx, 400, List.of(new FormError(FILE, !chosen ? "Select a published report (a PDF or its text)"
                    + " to add" : "The file chosen is empty; select a published report (a PDF or its text)")), null);
            return;
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readAllBytes();
        }
        try {
            LibraryInspection read = reports.read(content, file.filename());
            LibraryAddition addition = library.add(new AddToLibraryCommand(read, ctx.formParam("replace") != null,
                    actors.of(ctx)));
            if (addition.outcome() == LibraryAddition.Outcome.DIFFERS) {
                list(ctx, 409, List.of(), addition);
                return;
            }
            ctx.redirect("/library/" + addition.inspection().id() + "?done=" + addition.outcome().name()
                    .toLowerCase(Locale.ROOT), HttpStatus.SEE_OTHER);
        } catch (Problem refused) {
            list(ctx, refused.kind().httpStatus(), FormError.of(FILE, refused), null);
        }
    }

    private void list(Context ctx, int status, List<FormError> errors, LibraryAddition differs) {
        LibraryListView view = LibraryListView.of(library.all(), ctx.queryParam("version"), removed(ctx));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, (errors.isEmpty() ? "" : "Error: ") + "Library of published inspections",
                Layout.Section.LIBRARY));
        params.put("view", view);
        params.put("errors", errors);
        params.put("differs", differs);
        pages.render(ctx, status, "library/list.jte", params);
    }

    private void show(Context ctx) {
        LibraryInspection inspection = library.kept(id(ctx));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, inspection.service() + ", " + LibraryListView.month(inspection.published()),
                Layout.Section.LIBRARY));
        params.put("view", LibraryInspectionView.of(inspection, ctx.queryParam("done")));
        pages.render(ctx, "library/inspection.jte", params);
    }

    private void confirm(Context ctx, int status, List<FormError> errors) {
        LibraryInspection inspection = library.kept(id(ctx));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("layout", Frames.of(ctx, (errors.isEmpty() ? "" : "Error: ") + "Remove " + inspection.service()
                + " from the library", Layout.Section.LIBRARY));
        params.put("inspection", inspection);
        params.put("month", LibraryListView.month(inspection.published()));
        params.put("errors", errors);
        pages.render(ctx, status, "library/remove.jte", params);
    }

    private void remove(Context ctx) {
        if (!"yes".equals(ctx.formParam("confirm"))) {
            confirm(ctx, 400, List.of(new FormError("confirm", "Tick the box to confirm that the inspection is to be"
                    + " removed from the library")));
            return;
        }
        LibraryInspection removed = library.remove(id(ctx), actors.of(ctx));
        ctx.redirect("/library?removed=" + removed.id(), HttpStatus.SEE_OTHER);
    }

    /** The notice of a removal just made ({@code ?removed=ID}), from the library's trail. */
    private String removed(Context ctx) {
        String raw = ctx.queryParam("removed");
        if (raw == null || !raw.matches("[0-9]{1,18}")) {
            return null;
        }
        return library.events(Long.parseLong(raw)).stream()
                .filter(e -> e.kind() == org.yjinspect.library.domain.LibraryEvent.Kind.REMOVED).reduce((a, b) -> b)
                .map(e -> e.service() + ", published " + LibraryListView.month(e.published()) + ", has been removed"
                        + " from the library.").orElse(null);
    }

    private static long id(Context ctx) {
        return Requests.id(ctx, "libraryId");
    }
}
