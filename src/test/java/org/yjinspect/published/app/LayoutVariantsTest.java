package org.yjinspect.published.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.LayoutVariants;
import org.yjinspect.published.support.LayoutVariants.RatingsLayout;
import org.yjinspect.published.support.ReportProjection;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

/**
 * Layouts the seeds do not show but unseen reports do (other converters, other years): each seed
 * rewritten into the layout imports to exactly what the seed itself imports to.
 */
@NeedsSeeds
class LayoutVariantsTest {
    private final ImportPublishedReport importer = Importers.real();

    static Stream<Arguments> layouts() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String stem : Seeds.ALL) {
            for (RatingsLayout layout : RatingsLayout.values()) {
                cases.add(Arguments.of(stem, "ratings page " + layout, (BiFunction<String, PublishedReport, String>)
                        (text, report) -> LayoutVariants.ratingsPage(text, report, layout)));
            }
            cases.add(variant(stem, "rating words split by extraction", LayoutVariants::splitRatingWords));
            cases.add(variant(stem, "pipe tables", LayoutVariants::pipeTables));
            cases.add(variant(stem, "figures one to a line below their question", LayoutVariants::figuresOneToALine));
            cases.add(variant(stem, "columns aligned with spaces", LayoutVariants::spacedColumns));
            cases.add(variant(stem, "curly quotes and non-breaking hyphens", LayoutVariants::typography));
            cases.add(variant(stem, "running header 'in: place N'", text -> LayoutVariants.runningHeaders(text,
                    "Inspection of youth offending services in: Anytown {page}", 45)));
            cases.add(variant(stem, "running header 'in place N'", text -> LayoutVariants.runningHeaders(text,
                    "Joint inspection of youth justice services in Anytown {page}", 45)));
            cases.add(variant(stem, "running header 'N | title: place'", text -> LayoutVariants.runningHeaders(text,
                    "{page} | Inspection of youth offending services: Anytown", 45)));
            cases.add(variant(stem, "title page with the place run into the inspectorate's name",
                    text -> LayoutVariants.titlePage(text, true)));
            cases.add(variant(stem, "title page on one line, 'HMI Probation, Mon YYYY'",
                    text -> LayoutVariants.titlePage(text, false)));
            cases.add(Arguments.of(stem, "several at once", (BiFunction<String, PublishedReport, String>) (text, report) ->
                    LayoutVariants.runningHeaders(LayoutVariants.spacedColumns(LayoutVariants.splitRatingWords(
                            LayoutVariants.typography(LayoutVariants.titlePage(LayoutVariants.ratingsPage(text, report,
                                    RatingsLayout.NAMES_UNDER_DOMAINS), true)))),
                            "Inspection of youth offending services in Anytown", 60)));
        }
        cases.add(variant(Seeds.KINGSTON_RICHMOND, "counts in brackets after the percentage",
                text -> LayoutVariants.countsInOneCell(text, false)));
        cases.add(variant(Seeds.TORBAY, "counts in brackets after the percentage",
                text -> LayoutVariants.countsInOneCell(text, false)));
        cases.add(variant(Seeds.KINGSTON_RICHMOND, "counts as 'N of M'", text -> LayoutVariants.countsInOneCell(text, true)));
        return cases.build();
    }

    private static Arguments variant(String stem, String name, java.util.function.UnaryOperator<String> change) {
        return Arguments.of(stem, name, (BiFunction<String, PublishedReport, String>) (text, report) -> change.apply(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("layouts")
    void aSeedInAnotherLayoutImportsToTheSameResult(String stem, String layout,
                                                     BiFunction<String, PublishedReport, String> rewrite) {
        String original = Seeds.text(stem);
        PublishedReport imported = importer.importText(stem, original);
        String rewritten = rewrite.apply(original, imported);

        String expected = ReportProjection.text(ReportProjection.of(imported));
        String actual = ReportProjection.text(ReportProjection.of(importer.importText(stem, rewritten)));

        assertThat(rewritten).isNotEqualTo(original);
        assertThat(actual).isEqualTo(expected);
    }
}
