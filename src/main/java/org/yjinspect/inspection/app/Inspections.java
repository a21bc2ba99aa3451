package org.yjinspect.inspection.app;

import java.util.List;
import java.util.Optional;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.inspection.domain.InspectionDetails;

/** Where inspections are kept. */
public interface Inspections {
    Inspection add(InspectionDetails details);

    Optional<Inspection> find(long id);

    List<Inspection> all();
}
