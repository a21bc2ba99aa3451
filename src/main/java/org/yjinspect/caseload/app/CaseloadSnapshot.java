package org.yjinspect.caseload.app;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yjinspect.caseload.domain.CaseRecord;

/** An inspection's caseload at one revision: each case with its stored id and source line. */
public record CaseloadSnapshot(long inspectionId, int revision, List<StoredCase> cases) {
    /** A case as stored. */
    public record StoredCase(long id, long sourceLine, CaseRecord record) {
    }

    public CaseloadSnapshot {
        cases = List.copyOf(cases);
    }

    public List<CaseRecord> records() {
        return cases.stream().map(StoredCase::record).toList();
    }

    public Map<String, StoredCase> byReference() {
        return cases.stream().collect(Collectors.toMap(c -> c.record().reference(), Function.identity()));
    }
}
