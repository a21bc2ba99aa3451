package org.yjinspect.transfer;

import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.transfer.app.ImportedInspection;

/**
 * Over random partly assessed inspections (either framework, any mix of untouched, half answered,
 * returned and accepted cases, replaced or not, panel decisions or not), an export imported again
 * is the same inspection apart from ids, and so is its copy's copy. {@code -Dyjinspect.seed=N}
 * repeats a run (the seed is printed); {@code -Dyjinspect.transferTrials=N} runs more.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class InspectionTransferPropertyTest {
    private static final long SEED = Long.getLong("yjinspect.seed", System.nanoTime());
    private static final int TRIALS = Integer.getInteger("yjinspect.transferTrials", 3);
    private static Application app;

    @BeforeAll
    static void open(Application opened) {
        app = opened;
        System.out.println("InspectionTransferPropertyTest seed " + SEED + " (-Dyjinspect.seed=" + SEED + " repeats it)");
    }

    @Test
    void everyRandomInspectionSurvivesTwoRoundTrips() {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int trial = 0; trial < TRIALS; trial++) {
            String framework = random.nextBoolean() ? "2018" : "2021";
            long source = TransferScene.build(app, framework, random.nextLong(1, 1_000_000), random.split()).id();
            byte[] file = Transfers.export(app, source);
            ImportedInspection copy = Transfers.importAs(app, file, "Importer");
            Transfers.assertSame(app, source, copy.inspectionId(), file);
            byte[] again = Transfers.export(app, copy.inspectionId());
            ImportedInspection copyOfCopy = Transfers.importAs(app, again, "Second importer");
            Transfers.assertSame(app, source, copyOfCopy.inspectionId(), file);
        }
    }
}
