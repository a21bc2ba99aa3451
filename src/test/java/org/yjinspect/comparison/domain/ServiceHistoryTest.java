package org.yjinspect.comparison.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.comparison.HeldLibrary;
import org.yjinspect.comparison.Inspections;
import org.yjinspect.comparison.json.MappingFile;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.rating.domain.Rating;

class ServiceHistoryTest {
    private final VersionMapping mapping = new MappingFile(FrameworkCatalogue::load).load();

    @Test
    void aServiceInspectedUnderBothFrameworksKeepsJointWorkingApartFromOutOfCourtPolicy() {
        List<LibraryInspection> library = new ArrayList<>(HeldLibrary.heldInspections());
        library.add(Inspections.inspection(9, "Torbay Youth Justice Service", YearMonth.of(2024, 5),
                FrameworkVersion.V2021, List.of(new LibraryStandard("2.1", "Assessment", Rating.GOOD, List.of()),
                        new LibraryStandard("3.4", "Out-of-court disposal policy and provision", Rating.GOOD, List.of()),
                        new LibraryStandard("4.1", "Resettlement policy and provision", null, List.of()))));
        ServiceHistory history = ServiceHistory.of(HeldLibrary.key("Torbay Youth Offending Service"), library, mapping,
                FrameworkCatalogue::load);
        // Torbay (2018 framework, March 2021) then the synthetic 2024 one: oldest first, newest name.
        assertEquals(List.of(YearMonth.of(2021, 3), YearMonth.of(2024, 5)),
                history.inspections().stream().map(LibraryInspection::published).toList());
        assertEquals("Torbay Youth Justice Service", history.service());
        ServiceHistory.Row assessment = row(history, "2.1 Assessment");
        assertEquals(List.of(new ServiceHistory.Cell(true, Rating.OUTSTANDING), new ServiceHistory.Cell(true, Rating.GOOD)),
                assessment.cells());
        ServiceHistory.Row joint = row(history, "3.4 Joint working (2018)");
        assertEquals(List.of(new ServiceHistory.Cell(true, Rating.INADEQUATE), new ServiceHistory.Cell(false, null)),
                joint.cells());
        ServiceHistory.Row policy = row(history, "3.4 Out-of-court disposal policy and provision (2021)");
        assertEquals(List.of(new ServiceHistory.Cell(false, null), new ServiceHistory.Cell(true, Rating.GOOD)),
                policy.cells());
        ServiceHistory.Row resettlement = row(history, "4.1 Resettlement policy and provision (2021)");
        assertFalse(resettlement.cells().get(0).applies());
        assertNull(resettlement.cells().get(1).rating());
        // 1.1 to 3.3 one row each spanning both versions, then 3.4 twice and 4.1.
        assertEquals(14, history.rows().size());
    }

    @Test
    void anUnknownServiceHasNoInspections() {
        ServiceHistory history = ServiceHistory.of("nowhere", HeldLibrary.heldInspections(), mapping, FrameworkCatalogue::load);
        assertEquals(List.of(), history.inspections());
        assertEquals("nowhere", history.service());
    }

    private static ServiceHistory.Row row(ServiceHistory history, String label) {
        return history.rows().stream().filter(r -> r.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + history.rows().stream()
                        .map(ServiceHistory.Row::label).toList()));
    }
}
