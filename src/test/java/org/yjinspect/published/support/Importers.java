package org.yjinspect.published.support;

import java.util.Optional;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.app.ImportPublishedReport;

/** The importer as the command line builds it: the real catalogue and the real rating engine. */
public final class Importers {
    private Importers() {
    }

    public static ImportPublishedReport real() {
        return new ImportPublishedReport(version -> Optional.of(FrameworkCatalogue.load(version)));
    }
}
