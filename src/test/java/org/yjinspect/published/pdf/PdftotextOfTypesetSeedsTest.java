package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.app.ImportPublishedReport;
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
 * line), imports to the same figures as the seed's own text.
 */
@NeedsSeeds
@NeedsPdftotext
class PdftotextOfTypesetSeedsTest {
    private final ImportPublishedReport importer = Importers.real();

    static Stream<Arguments> typeset() {
        return TypesetSeeds.everyLayout().flatMap(a -> Stream.of(true, false)
                .map(layout -> Arguments.of(a.get()[0], a.get()[1], layout)));
    }

    @ParameterizedTest(name = "{0}: {1}, pdftotext layout {2}")
    @MethodSource("typeset")
    void pdftotextsTextGivesTheSeedsFigures(String stem, SeedTypesetter.Layout layout, boolean keepLayout) {
        List<String> expected = ReportFigures.of(importer.importText(stem + ".txt", Seeds.text(stem)));
        String text = Pdftotext.text(TypesetSeeds.pdf(stem, layout), keepLayout);

        List<String> read = ReportFigures.of(importer.importText(stem + ".txt", text));

        assertThat(read).containsExactlyElementsOf(expected);
    }
}
