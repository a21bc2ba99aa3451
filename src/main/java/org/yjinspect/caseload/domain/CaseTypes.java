package org.yjinspect.caseload.domain;

import java.util.Optional;
import org.yjinspect.framework.domain.CaseType;

/** How a case type is written in a caseload export, and how it is shown back to inspectors. */
public final class CaseTypes {
    private CaseTypes() {
    }

    public static String code(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> "court";
            case OUT_OF_COURT_DISPOSAL -> "out_of_court";
            case RESETTLEMENT -> "resettlement";
        };
    }

    public static String label(CaseType type) {
        return switch (type) {
            case COURT_DISPOSAL -> "Court disposal";
            case OUT_OF_COURT_DISPOSAL -> "Out-of-court disposal";
            case RESETTLEMENT -> "Resettlement";
        };
    }

    public static Optional<CaseType> find(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        return switch (Vocabulary.normalise(raw)) {
            case "court", "court disposal", "court order" -> Optional.of(CaseType.COURT_DISPOSAL);
            case "out of court", "out of court disposal", "oocd", "ooc" ->
                    Optional.of(CaseType.OUT_OF_COURT_DISPOSAL);
            case "resettlement", "custody", "custodial" -> Optional.of(CaseType.RESETTLEMENT);
            default -> Optional.empty();
        };
    }

    public static String accepted() {
        return "court, out_of_court, resettlement";
    }
}
