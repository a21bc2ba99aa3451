package org.yjinspect.published.parse;

import java.util.List;
import org.yjinspect.published.domain.CasesInspected;
import org.yjinspect.published.domain.CaseManagerInterviews;
import org.yjinspect.published.domain.DisposalTypeCount;

/** The cases inspected, their out-of-court disposal types and the case-manager interviews, as stated. */
public record CaseSample(CasesInspected cases, List<DisposalTypeCount> disposalTypes, CaseManagerInterviews interviews) {
    public CaseSample {
        disposalTypes = List.copyOf(disposalTypes);
    }
}
