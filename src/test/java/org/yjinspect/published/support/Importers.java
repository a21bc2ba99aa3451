package org.yjinspect.published.support;

import java.util.Optional;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.app.ImportReport;
import org.yjinspect.published.json.EngineRatingsCheck;

/** The importer as the command line builds it: the real catalogue and the real rating engine. */
public final class Importers {
    private Importers() {
    }

    public static ImportReport real() {
        return new ImportReport(version -> Optional.of(FrameworkCatalogue.load(version)),
                new EngineRatingsCheck(FrameworkCatalogue::load));
    }
}
