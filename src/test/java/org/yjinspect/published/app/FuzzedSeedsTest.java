package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.WarningKind;
import org.yjinspect.published.json.PublishedReportJson;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Mutations;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.rating.app.RateInspection;
import org.yjinspect.rating.json.RatingInputReader;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.Slow;

/**
 * Thousands of damaged variants of the seeds (truncated, shuffled, garbage injected, figures
 * mangled) each end in a report or a clear {@link ReportImportException}; no other exception
 * escapes, no section reader fails, and every imported report's JSON is accepted by the rating
 * engine. The random seed is logged; repeat a run with -Dyjinspect.fuzz.seed.
 */
@NeedsSeeds
@Slow
class FuzzedSeedsTest {
    private static final long SEED = Long.getLong("yjinspect.fuzz.seed", 8_675_309L);
    private static final int VARIANTS_PER_SEED = Integer.getInteger("yjinspect.fuzz.variants", 400);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void damagedReportsEndInAReportOrAClearError() {
        System.out.println("fuzz seed " + SEED + ", " + VARIANTS_PER_SEED + " variants per seed report");
        SplittableRandom random = new SplittableRandom(SEED);
        ImportPublishedReport importer = Importers.real();
        int imported = 0;
        int refused = 0;
        java.util.List<String> failures = new java.util.ArrayList<>();
        for (String stem : Seeds.ALL) {
            String text = Seeds.text(stem);
            for (int v = 0; v < VARIANTS_PER_SEED; v++) {
                StringBuilder what = new StringBuilder();
                String variant = Mutations.mutate(text, random, what);
                String context = "fuzz seed " + SEED + ", " + stem + " variant " + v + " (" + what + ")";
                try {
                    check(importer.importText(stem + ".txt", variant), context);
                    imported++;
                } catch (ReportImportException e) {
                    assertThat(e.getMessage()).as(context).startsWith(stem + ".txt: ")
                            .doesNotContain("could not be read as a report");
                    refused++;
                } catch (RuntimeException | AssertionError | java.io.IOException e) {
                    failures.add(context + ": " + e + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?"));
                }
            }
        }
        System.out.println("fuzz: " + imported + " imported with warnings, " + refused + " refused as not reports");
        if (!failures.isEmpty()) {
            fail(failures.size() + " variants failed:\n" + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
        assertThat(imported).isGreaterThan(refused);
    }

    private static void check(PublishedReport report, String context) throws java.io.IOException {
        assertThat(report.warnings()).as(context).noneMatch(w -> w.kind() == WarningKind.SECTION_FAILED);
        String json = new PublishedReportJson().write(report);
        var command = new RatingInputReader(FrameworkCatalogue::load).read(MAPPER.readTree(json), context);
        new RateInspection(FrameworkCatalogue::load).rate(command);
    }
}
