package org.yjinspect.platform.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * How large a request body each route takes, checked on the announced Content-Length before a
 * byte of the body is read: 1 MB for every JSON route (a JSON request is a few hundred bytes),
 * 64 MB for the upload routes, PUT /api/inspections/{id}/caseload (the CSV export of a large
 * service's caseload) and the caseload page's form, POST /inspections/{id}/caseload. A JSON body must announce its length: one sent chunked is refused (411)
 * unread, since the web server would otherwise read up to 64 MB of it before it could be refused.
 * A chunked caseload is taken, and cut off by the web server at 64 MB. An inspection imported
 * whole, POST /api/inspections/import (docs/transfer.md), takes up to 32 MB, with its length announced.
 */
public final class BodyLimits {
    /** The largest caseload CSV, and so the largest body of any request. */
    public static final long LARGEST_CASELOAD = 64L * 1024 * 1024;
    /** The largest inspection document an import takes: a large inspection's is a few MB (docs/transfer.md). */
    public static final long LARGEST_INSPECTION_IMPORT = 32L * 1024 * 1024;
    /** A published report added to the library, POST /api/library or the library page's form (docs/library.md). */
    public static final long LARGEST_REPORT = 32L * 1024 * 1024;
    private static final Pattern CASELOAD_UPLOAD = Pattern.compile("/api/inspections/[^/]+/caseload/?");
    /** The caseload page's upload form (POST, multipart/form-data): the same file, so the same limit. */
    private static final Pattern CASELOAD_PAGE_UPLOAD = Pattern.compile("/inspections/[^/]+/caseload/?");

    private BodyLimits() {
    }

    /** The largest body this request's route takes. */
    static long largestFor(Context ctx) {
        if (isCaseloadUpload(ctx)) {
            return LARGEST_CASELOAD;
        }
        if ("POST".equals(ctx.method().name()) && ("/api/library".equals(ctx.path()) || "/library".equals(ctx.path()))) {
            return LARGEST_REPORT;
        }
        return "POST".equals(ctx.method().name()) && "/api/inspections/import".equals(ctx.path())
                ? LARGEST_INSPECTION_IMPORT : Requests.LARGEST_BODY;
    }

    static boolean isCaseloadUpload(Context ctx) {
        String method = ctx.method().name();
        return "PUT".equals(method) && CASELOAD_UPLOAD.matcher(ctx.path()).matches()
                || "POST".equals(method) && CASELOAD_PAGE_UPLOAD.matcher(ctx.path()).matches();
    }

    /** Run before every route: a body larger than its route takes (413), or of unknown size (411), is refused unread. */
    static void refuseTooLarge(Context ctx) {
        long largest = largestFor(ctx);
        if (largest < LARGEST_CASELOAD && ctx.contentLength() < 0 && ctx.header("Transfer-Encoding") != null) {
            throw BadRequest.lengthRequired("a JSON body must be sent with its Content-Length (at most "
                    + largest / 1024 + " KB), not chunked");
        }
        if (ctx.contentLength() > largest) {
            throw BadRequest.tooLarge(largest == LARGEST_CASELOAD
                    ? "the caseload is larger than " + LARGEST_CASELOAD / (1024 * 1024) + " MB; split the export by"
                            + " case type, or leave out columns the import does not read (docs/caseload.md)"
                    : largest == LARGEST_REPORT && ctx.path().endsWith("library") ? "the report is larger than "
                            + LARGEST_REPORT / (1024 * 1024) + " MB, more than a published report's PDF or text"
                    : largest == LARGEST_INSPECTION_IMPORT ? "the inspection is larger than "
                            + LARGEST_INSPECTION_IMPORT / (1024 * 1024) + " MB, more than any inspection holds; check"
                            + " that the file is an inspection exported by yjinspect (docs/transfer.md)"
                    : "the body is larger than " + Requests.LARGEST_BODY / 1024 + " KB; a JSON request is a few"
                            + " hundred bytes (a caseload is sent as CSV to its own route)");
        }
    }
}
