package org.yjinspect.library.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.library.LibrarySamples;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.rating.domain.Rating;

class LibraryDifferencesTest {
    private final LibraryInspection held = LibrarySamples.of2021("Plymouth Youth Justice Service", "2022-02", 62);

    @Test
    void theSameFiguresFromAnotherFileWithOtherWarningsAreNoDifference() {
        LibraryInspection again = new LibraryInspection(0, "Plymouth Youth Justice Service", "plymouth",
                held.published(), held.frameworkVersion(), held.score(), held.maxScore(), held.overallRating(),
                held.standards(), held.cases(), List.of(), "other-converter.txt", null);

        assertThat(LibraryDifferences.between(held, again)).isEmpty();
    }

    @Test
    void namesEachDifferenceOfTheFiguresFieldByFieldHeldValueFirstButNotTheNameAsPrinted() {
        LibraryInspection read = LibrarySamples.of2021("Plymouth YJS", "2022-02", 64);
        List<LibraryStandard> standards = new ArrayList<>(read.standards());
        LibraryStandard assessment = standards.get(1);
        standards.set(1, new LibraryStandard("2.1", assessment.name(), Rating.REQUIRES_IMPROVEMENT,
                assessment.keyQuestions()));
        standards.remove(4);
        read = new LibraryInspection(0, read.service(), read.serviceKey(), read.published(), read.frameworkVersion(),
                23, 36, read.overallRating(), standards, new CasesInspected(4, 9, 2), read.warnings(), read.source(), null);

        assertThat(LibraryDifferences.between(held, read)).containsExactly(
                "score: 24/36 -> 23/36",
                "out-of-court cases inspected: 8 -> 9",
                "standard 2.1 rating: Good -> Requires improvement",
                "key question 2.2 'Does planning focus sufficiently on keeping the child safe?': 62% -> 64%",
                "standard 4.1: printed -> not printed");
    }

    @Test
    void countsAndMissingFiguresAreShownAsTheReportPrintsThem() {
        LibraryInspection old = LibrarySamples.of2018("Torbay YOS", "2021-03");
        LibraryStandard assessment = old.standards().get(0);
        LibraryInspection read = new LibraryInspection(0, old.service(), old.serviceKey(), old.published(),
                old.frameworkVersion(), null, null, old.overallRating(), List.of(new LibraryStandard("2.1",
                        assessment.name(), assessment.rating(), List.of(
                        new LibraryKeyQuestion("2.1.desistance", "desistance", CaseFigure.counted(7, 8)),
                        new LibraryKeyQuestion("2.1.safety", "safety", CaseFigure.counted(3, 4)))),
                old.standards().get(1)), old.cases(), List.of(), old.source(), null);

        assertThat(LibraryDifferences.between(old, read)).containsExactly(
                "key question 2.1 'desistance': 6 of 8 (75%) -> 7 of 8 (88%)",
                "key question 2.1 'safety': no figure -> 3 of 4 (75%)");
    }
}
