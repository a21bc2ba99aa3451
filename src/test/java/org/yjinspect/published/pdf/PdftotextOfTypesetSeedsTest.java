package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.pdf.NeedsPdftotext;
import org.yjinspect.support.pdf.Pdftotext;
import org.yjinspect.support.pdf.ReportFigures;
import org.yjinspect.support.pdf.SeedTypesetter;
import org.yjinspect.support.pdf.TypesetSeeds;

/**
 * The text poppler's pdftotext makes of the typeset seeds, with {@code -layout} (columns as runs
 * of spaces, figures right-aligned) and without (reading order, a table's cells often one to a
 * line, page breaks as form feeds with the running header and footer around them), imports to
 * the same figures as the seed's own text.
 */
@NeedsSeeds
@NeedsPdftotext
class PdftotextOfTypesetSeedsTest {
    private final ImportPublishedReport importer = Importers.real();

    static Stream<Arguments> typeset() {
        return TypesetSeeds.everyLayout();
    }

    /**
     * Without -layout, only reports whose key-question tables print one column of percentages:
     * pdftotext's reading order takes the two count columns of a table ("Relevant cases",
     * "Number 'Yes'") apart from their questions (docs/importer.md, "PDF files").
     */
    static Stream<Arguments> typesetWithPercentages() {
        return TypesetSeeds.everyLayout().filter(a -> printsPercentages((String) a.get()[0]));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("typeset")
    void theTextOfPdftotextLayoutGivesTheSeedsFigures(String stem, SeedTypesetter.Layout layout) {
        String text = Pdftotext.text(TypesetSeeds.pdf(stem, layout), true);

        assertThat(ReportFigures.of(importer.importText(stem + ".txt", text))).containsExactlyElementsOf(expected(stem));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("typesetWithPercentages")
    void theTextOfPdftotextInReadingOrderGivesTheSeedsFigures(String stem, SeedTypesetter.Layout layout) {
        String text = Pdftotext.text(TypesetSeeds.pdf(stem, layout), false);

        assertThat(ReportFigures.of(importer.importText(stem + ".txt", text))).containsExactlyElementsOf(expected(stem));
    }

    private List<String> expected(String stem) {
        return ReportFigures.of(importer.importText(stem + ".txt", Seeds.text(stem)));
    }

    private static boolean printsPercentages(String stem) {
        PublishedReport report = Importers.real().importText(stem + ".txt", Seeds.text(stem));
        return report.standards().stream().flatMap(s -> s.keyQuestions().stream())
                .allMatch(q -> q.figure() != null && q.figure().yes() == null);
    }
}
