package org.yjinspect.comparison.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.LiveFigure;
import org.yjinspect.comparison.domain.PercentSpread;
import org.yjinspect.comparison.domain.Placement;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.domain.InspectionKind;
import org.yjinspect.rules.Ruling;

/** Where each live key-question figure of an inspection or self-assessment sits among the library's. */
public record InspectionComparison(long inspectionId, String service, InspectionKind kind, FrameworkVersion version,
                                   int libraryInspections, List<Place> places) {
    public InspectionComparison {
        places = List.copyOf(places);
    }

    /**
     * One key question: the live figure, the library's spread for the same version and the
     * placement in words ({@code words}); {@code otherVersion} places it among the other
     * version's inspections too, only where the mapping says the key questions correspond.
     */
    public record Place(String standard, String keyQuestionId, String name, String shortName, LiveFigure live, PercentSpread library,
                        Optional<Placement> placement, Ruling<String> words, Correspondence mapping,
                        Optional<OtherVersion> otherVersion) {
    }

    /** The placement among the other framework version's inspections, through the mapping. */
    public record OtherVersion(PercentSpread library, Optional<Placement> placement, Ruling<String> words) {
    }
}
