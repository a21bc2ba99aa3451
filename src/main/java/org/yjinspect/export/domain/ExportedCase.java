package org.yjinspect.export.domain;

import java.util.List;
import java.util.Objects;

/**
 * A case of the sample as the export shows it: its stable id and pseudonymous reference, the
 * facts the service recorded and the inspector's classifications and status, all in the
 * export's lower-case words (null where nothing is recorded), and its stored answers. It holds
 * no name: not the child's, not the case manager's.
 */
public record ExportedCase(long sampleCaseId, String reference, String caseType, String disposalType,
                           String sampleStatus, String selectedBy, String serviceRiskOfSeriousHarm,
                           String serviceSafetyWellbeing, String inspectorRiskOfSeriousHarm, String riskAgrees,
                           String inspectorSafetyWellbeing, String safetyWellbeingAgrees, String assessmentStatus,
                           List<StoredAnswer> answers) {
    public ExportedCase {
        Objects.requireNonNull(reference, "reference");
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
