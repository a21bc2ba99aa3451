package org.yjinspect.comparison.app;

import java.util.List;
import org.yjinspect.comparison.domain.LiveFigure;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.domain.InspectionKind;

/** The port to a live inspection's (or self-assessment's) key-question figures as the rating engine has them now. */
public interface LiveFigures {
    /** The live figures of the inspection; a missing inspection is a not-found problem. */
    Live of(long inspectionId);

    /** An inspection in progress: what it is, and each case-based key question's figure, in framework order. */
    record Live(long inspectionId, String service, InspectionKind kind, FrameworkVersion version,
                List<LiveFigure> figures) {
        public Live {
            figures = List.copyOf(figures);
        }
    }
}
