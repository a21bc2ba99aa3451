package org.yjinspect.published.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;
import org.yjinspect.support.pdf.ReportFigures;
import org.yjinspect.support.pdf.SeedTypesetter;
import org.yjinspect.support.pdf.TypesetSeeds;

/**
 * The five seeds typeset into PDFs (ratings page as a table or as lines, tables ruled or not,
 * with and without a running header, footer and page numbers) import through the PDF path to the
 * same figures as the seed's own text, and the running header, footer and page numbers are left
 * out of the text the readers get.
 */
@NeedsSeeds
class TypesetSeedsImportTest {
    private final ImportPublishedReport importer = Importers.real();

    @TempDir
    Path dir;

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> typeset() {
        return TypesetSeeds.everyLayout();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("typeset")
    void theTypesetReportGivesTheSeedsFigures(String stem, SeedTypesetter.Layout layout) throws Exception {
        List<String> expected = ReportFigures.of(importer.importText(stem + ".txt", Seeds.text(stem)));
        // A name that does not say PDF: the importer tells a PDF by its content.
        Path file = Files.write(dir.resolve(stem + ".report"), TypesetSeeds.pdf(stem, layout));

        List<String> read = ReportFigures.of(importer.importFile(new ImportPublishedReportCommand(file)));

        assertThat(read).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("typeset")
    void pageFurnitureIsLeftOut(String stem, SeedTypesetter.Layout layout) {
        String text = PdfText.read(TypesetSeeds.pdf(stem, layout));

        assertThat(text).doesNotContain(SeedTypesetter.HEADER).doesNotContain(SeedTypesetter.FOOTER);
        assertThat(text.lines().filter(l -> l.matches("\\d{1,3}")).count()).as("bare page numbers")
                .isLessThan(layout.furniture() ? 3 : Long.MAX_VALUE);
    }
}
