package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.app.ReportImportException;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.Slow;
import org.yjinspect.support.pdf.DamagedPdfs;
import org.yjinspect.support.pdf.PdfMutations;
import org.yjinspect.support.pdf.SeedTypesetter;
import org.yjinspect.support.pdf.TypesetSeeds;

/**
 * Damaged variants of valid PDFs (typeset seed reports and a PDF that is not a report): cut short,
 * objects shuffled or duplicated, font streams corrupted, bytes flipped or deleted. Each ends in
 * a report (with warnings) or a clear {@link ReportImportException} naming the file; nothing
 * else escapes, no message carries a library's words, and no file takes unbounded time. The
 * random seed is logged; repeat a run with -Dyjinspect.fuzz.seed, vary its size with
 * -Dyjinspect.pdf.fuzz.variants.
 */
@NeedsSeeds
@Slow
class FuzzedPdfsTest {
    private static final long SEED = Long.getLong("yjinspect.fuzz.seed", 20_261_201L);
    private static final int VARIANTS = Integer.getInteger("yjinspect.pdf.fuzz.variants", 24);
    /** A guard against a hang, not a speed target: a report takes well under a second. */
    private static final Duration PER_FILE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void damagedPdfsEndInAReportOrAClearRefusal() throws Exception {
        System.out.println("pdf fuzz seed " + SEED + ", " + VARIANTS + " variants (-Dyjinspect.fuzz.seed=N to repeat)");
        SplittableRandom random = new SplittableRandom(SEED);
        ImportPublishedReport importer = Importers.real();
        List<byte[]> valid = List.of(TypesetSeeds.pdf(Seeds.SUFFOLK, SeedTypesetter.layouts().get(1)),
                TypesetSeeds.pdf(Seeds.KINGSTON_RICHMOND, SeedTypesetter.layouts().get(2)), DamagedPdfs.notAReport());
        List<String> failures = new ArrayList<>();
        int imported = 0;
        int refused = 0;
        for (int v = 0; v < VARIANTS; v++) {
            StringBuilder what = new StringBuilder();
            byte[] variant = PdfMutations.mutate(valid.get(v % valid.size()), random, what);
            Path file = Files.write(dir.resolve("variant-" + v + ".pdf"), variant);
            String context = "pdf fuzz seed " + SEED + ", variant " + v + " of PDF " + (v % valid.size()) + " (" + what + ")";
            try {
                Assertions.assertTimeoutPreemptively(PER_FILE,
                        () -> importer.importFile(new ImportPublishedReportCommand(file)), context);
                imported++;
            } catch (ReportImportException e) {
                assertThat(e.getMessage()).as(context).startsWith(file + ": ").doesNotContain("could not be read as a report")
                        .doesNotContainIgnoringCase("exception").doesNotContain("org.apache");
                refused++;
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
                failures.add(context + ": " + e);
            }
        }
        System.out.println("pdf fuzz: " + imported + " imported with warnings, " + refused + " refused with a clear message");
        if (!failures.isEmpty()) {
            fail(failures.size() + " variants failed:\n" + String.join("\n", failures));
        }
        assertThat(imported + refused).isEqualTo(VARIANTS);
    }
}
