package org.yjinspect.library;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.library.domain.ServiceKeyPolicy;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.rating.domain.Rating;

/** Small synthetic library inspections for tests: a 2021 one with percentages and a 2018 one with counts. */
public final class LibrarySamples {
    private LibrarySamples() {
    }

    public static LibraryInspection of2021(String service, String month, int planningPercent) {
        List<LibraryStandard> standards = new ArrayList<>();
        standards.add(new LibraryStandard("1.1", "Governance and leadership", Rating.GOOD, List.of()));
        standards.add(new LibraryStandard("2.1", "Assessment", Rating.GOOD, List.of(
                kq("2.1.desistance", "Does assessment sufficiently analyse how to support the child's desistance?", 80),
                kq("2.1.safety", "Does assessment sufficiently analyse how to keep the child safe?", 70),
                kq("2.1.others", "Does assessment sufficiently analyse how to keep other people safe?", 75))));
        standards.add(new LibraryStandard("2.2", "Planning", Rating.REQUIRES_IMPROVEMENT, List.of(
                kq("2.2.safety", "Does planning focus sufficiently on keeping the child safe?", planningPercent))));
        standards.add(new LibraryStandard("3.1", "Assessment", Rating.OUTSTANDING, List.of(
                kq(null, "A wording the framework does not have", 90))));
        standards.add(new LibraryStandard("4.1", "Resettlement policy and provision", Rating.GOOD, List.of()));
        return new LibraryInspection(0, service, ServiceKeyPolicy.fold(service).value(), YearMonth.parse(month),
                FrameworkVersion.V2021, 24, 36, Rating.GOOD, standards, new CasesInspected(4, 8, 2),
                List.of("a warning about the text"), "report.txt", null);
    }

    public static LibraryInspection of2018(String service, String month) {
        List<LibraryStandard> standards = List.of(
                new LibraryStandard("2.1", "Assessment", Rating.INADEQUATE, List.of(
                        new LibraryKeyQuestion("2.1.desistance", "desistance", CaseFigure.counted(6, 8)),
                        new LibraryKeyQuestion("2.1.safety", "safety", null))),
                new LibraryStandard("3.4", "Joint working", null, List.of()));
        return new LibraryInspection(0, service, ServiceKeyPolicy.fold(service).value(), YearMonth.parse(month),
                FrameworkVersion.V2018, null, null, Rating.REQUIRES_IMPROVEMENT, standards, CasesInspected.UNKNOWN,
                List.of(), "old.txt", null);
    }

    private static LibraryKeyQuestion kq(String id, String text, int percent) {
        return new LibraryKeyQuestion(id, text, CaseFigure.printed(percent));
    }
}
