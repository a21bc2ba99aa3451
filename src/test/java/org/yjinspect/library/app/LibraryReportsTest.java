package org.yjinspect.library.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rating.domain.Rating;

class LibraryReportsTest {
    private final LibraryReports reports = new LibraryReports(v -> Optional.of(FrameworkCatalogue.load(v)));
    @TempDir
    Path folder;

    @Test
    void aReportFileBecomesTheLibrarysFiguresWithTheFrameworksKeyQuestionIds() {
        Path file = LibraryReportTexts.write(folder, "anytown.txt",
                LibraryReportTexts.report("Anytown Youth Justice Service", "May 2023", "Requires improvement", 62));

        LibraryInspection read = reports.read(file, "anytown.txt");

        assertThat(read.serviceKey()).isEqualTo("anytown");
        assertThat(read.published()).isEqualTo(YearMonth.of(2023, 5));
        assertThat(read.source()).isEqualTo("anytown.txt");
        assertThat(read.standard("2.1").orElseThrow().rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
        assertThat(read.standard("2.1").orElseThrow().keyQuestions()).extracting(LibraryKeyQuestion::keyQuestionId)
                .containsExactly("2.1.desistance", "2.1.child-safety", "2.1.others-safety");
        assertThat(read.standard("2.1").orElseThrow().keyQuestions().get(1).figure().percent()).isEqualTo(62);
    }

    @Test
    void aFileThatIsNotAReportIsRefusedNamingIt() {
        Path file = LibraryReportTexts.write(folder, "shopping.txt", "eggs\nmilk\n");

        assertThatThrownBy(() -> reports.read(file, "shopping.txt")).isInstanceOf(Problem.class)
                .hasMessageStartingWith("shopping.txt: ");
    }

    @Test
    void theHeldFiguresAreFiveInspections() {
        assertThat(reports.held()).extracting(LibraryInspection::serviceKey).containsExactlyInAnyOrder(
                "plymouth", "kingston-and-richmond", "portsmouth", "suffolk", "torbay");
    }
}
