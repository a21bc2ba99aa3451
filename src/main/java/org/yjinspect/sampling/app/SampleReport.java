package org.yjinspect.sampling.app;

import java.util.List;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.sampling.domain.MarginCheck;

/**
 * Everything an inspector needs to see and defend a sample: how it was drawn, the plan with its
 * working, the cases now in it, and for each case type the sample against the eligible
 * population on every stratification variable, with the within-one-case check.
 */
public record SampleReport(Inspection inspection, StoredSample sample, List<CaseTypeSample> caseTypes) {
    /** One case type's part of the sample. */
    public record CaseTypeSample(CaseType caseType, int eligible, int planned, List<SampledCaseLine> cases,
                                 MarginCheck comparison) {
        public CaseTypeSample {
            cases = List.copyOf(cases);
        }

        public boolean allWithinOneCase() {
            return comparison.allWithinOneCase();
        }
    }

    /** A case now in the sample, with the facts it was stratified on. */
    public record SampledCaseLine(long sampleCaseId, String reference, StoredSample.SelectedBy selectedBy,
                                  CaseRecord record) {
    }

    public SampleReport {
        caseTypes = List.copyOf(caseTypes);
    }

    public boolean allWithinOneCase() {
        return caseTypes.stream().allMatch(CaseTypeSample::allWithinOneCase);
    }
}
