package org.yjinspect.export.web;

import io.javalin.config.RoutesConfig;
import org.yjinspect.access.domain.Action;
import org.yjinspect.access.web.Allowed;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.export.file.SecondReadingFile;
import org.yjinspect.platform.web.Requests;
import org.yjinspect.platform.web.Routes;

/**
 * GET {@code .../exports/second-readings.csv}: both readings of the second-read cases, under the
 * page path and the API path like the other exports, for those who may read the agreement
 * (READ_AGREEMENT). Only cases whose two readings are both submitted are in it.
 */
public final class SecondReadingExportRoutes implements Routes {
    private static final String[] BASES = {"/inspections/{inspectionId}/exports", "/api/inspections/{inspectionId}/exports"};
    private final SecondReadingFile file;

    public SecondReadingExportRoutes(SecondReadingFile file) {
        this.file = file;
    }

    @Override
    public void register(RoutesConfig routes) {
        for (String base : BASES) {
            routes.get(base + "/second-readings.csv", ExportRoutes.download(ctx -> file.of(
                    Requests.id(ctx, "inspectionId"), ExportFormat.CSV)), Allowed.to(Action.READ_AGREEMENT));
        }
    }
}
