package org.yjinspect.caseload.domain;

import java.util.EnumSet;
import java.util.Set;
import org.yjinspect.framework.domain.CaseType;

/**
 * The sentence or out-of-court outcome a case is about; a stratification variable. Each type
 * says which case types it can belong to, so an export that files a youth caution as a court
 * disposal is caught at import.
 */
public enum DisposalType implements Vocabulary.Term {
    REFERRAL_ORDER("referral_order", "Referral order", Set.of(CaseType.COURT_DISPOSAL), "ro"),
    YOUTH_REHABILITATION_ORDER("youth_rehabilitation_order", "Youth rehabilitation order",
            Set.of(CaseType.COURT_DISPOSAL), "yro"),
    DETENTION_AND_TRAINING_ORDER("detention_and_training_order", "Detention and training order",
            EnumSet.of(CaseType.COURT_DISPOSAL, CaseType.RESETTLEMENT), "dto"),
    OTHER_CUSTODIAL_SENTENCE("other_custodial_sentence", "Other custodial sentence",
            EnumSet.of(CaseType.COURT_DISPOSAL, CaseType.RESETTLEMENT), "section 250", "custody"),
    YOUTH_CONDITIONAL_CAUTION("youth_conditional_caution", "Youth conditional caution",
            Set.of(CaseType.OUT_OF_COURT_DISPOSAL), "ycc"),
    YOUTH_CAUTION("youth_caution", "Youth caution", Set.of(CaseType.OUT_OF_COURT_DISPOSAL), "yc"),
    COMMUNITY_RESOLUTION("community_resolution", "Community resolution",
            Set.of(CaseType.OUT_OF_COURT_DISPOSAL), "cr"),
    DIVERSION("diversion", "Diversion", Set.of(CaseType.OUT_OF_COURT_DISPOSAL),
            "diversion code", "outcome 22", "non statutory diversion");

    private final Vocabulary.Spelling spelling;
    private final Set<CaseType> caseTypes;

    DisposalType(String code, String label, Set<CaseType> caseTypes, String... spellings) {
        this.spelling = new Vocabulary.Spelling(code, label, spellings);
        this.caseTypes = caseTypes;
    }

    public boolean fits(CaseType caseType) {
        return caseTypes.contains(caseType);
    }

    @Override
    public Vocabulary.Spelling spelling() {
        return spelling;
    }
}
