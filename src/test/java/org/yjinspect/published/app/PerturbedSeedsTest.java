package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Perturbations;
import org.yjinspect.published.support.ReportProjection;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

/**
 * The same report from another converter imports to the same result: other line endings,
 * re-wrapped prose, headings in another of the seen styles, page furniture inside tables, and
 * all of these at once. Random choices use a logged seed.
 */
@NeedsSeeds
class PerturbedSeedsTest {
    private static final long SEED = Long.getLong("yjinspect.perturbation.seed", 20260101L);
    private final ImportPublishedReport importer = Importers.real();

    static Stream<Arguments> perturbations() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String stem : Seeds.ALL) {
            cases.add(Arguments.of(stem, "CRLF line endings", (BiFunction<String, SplittableRandom, String>)
                    (text, random) -> Perturbations.crlf(text)));
            cases.add(Arguments.of(stem, "reflowed prose", (BiFunction<String, SplittableRandom, String>)
                    Perturbations::reflow));
            cases.add(Arguments.of(stem, "restyled headings", (BiFunction<String, SplittableRandom, String>)
                    Perturbations::restyleHeadings));
            cases.add(Arguments.of(stem, "page breaks in tables", (BiFunction<String, SplittableRandom, String>)
                    Perturbations::pageBreaksInTables));
            cases.add(Arguments.of(stem, "all at once", (BiFunction<String, SplittableRandom, String>)
                    (text, random) -> Perturbations.crlf(Perturbations.pageBreaksInTables(Perturbations.reflow(
                            Perturbations.restyleHeadings(text, random), random), random))));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("perturbations")
    void aPerturbedSeedImportsToTheSameResult(String stem, String perturbation,
                                               BiFunction<String, SplittableRandom, String> perturb) {
        System.out.println("perturbation seed " + SEED + " (-Dyjinspect.perturbation.seed to repeat)");
        String original = Seeds.text(stem);
        String perturbed = perturb.apply(original, new SplittableRandom(SEED));

        String expected = ReportProjection.text(ReportProjection.of(importer.importText(stem, original)));
        String actual = ReportProjection.text(ReportProjection.of(importer.importText(stem, perturbed)));

        assertThat(perturbed).isNotEqualTo(original);
        assertThat(actual).isEqualTo(expected);
    }
}
