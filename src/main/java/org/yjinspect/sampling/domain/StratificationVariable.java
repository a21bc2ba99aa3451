package org.yjinspect.sampling.domain;

import java.util.Arrays;
import java.util.List;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.caseload.domain.Vocabulary;

/**
 * The four variables the sample must match the population on, in the order a replacement
 * tries to keep them when no case from the same stratum is left.
 */
public enum StratificationVariable {
    GENDER("Gender", Gender.class),
    DISPOSAL_TYPE("Disposal type", DisposalType.class),
    ROSH("Risk of serious harm", RiskLevel.class),
    SAFETY_WELLBEING("Safety and wellbeing", RiskLevel.class);

    private final String label;
    private final Class<? extends Enum<?>> categories;

    StratificationVariable(String label, Class<? extends Enum<?>> categories) {
        this.label = label;
        this.categories = categories;
    }

    public String label() {
        return label;
    }

    public Enum<?> valueOf(Stratum stratum) {
        return switch (this) {
            case GENDER -> stratum.gender();
            case DISPOSAL_TYPE -> stratum.disposalType();
            case ROSH -> stratum.rosh();
            case SAFETY_WELLBEING -> stratum.safetyWellbeing();
        };
    }

    /** Every value the variable can take, in display order. */
    public List<Enum<?>> categories() {
        return Arrays.asList(categories.getEnumConstants());
    }

    public static String labelOf(Enum<?> value) {
        return value instanceof Vocabulary.Term term ? term.label() : value.name();
    }
}
