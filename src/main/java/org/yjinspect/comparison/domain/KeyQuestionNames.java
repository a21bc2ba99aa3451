package org.yjinspect.comparison.domain;

import java.util.Locale;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;

/**
 * A key question's short name in inspectors' words, with its standard's number: "Keeping the
 * child safe in planning (2.2)", "Supporting the child's desistance in out-of-court assessment
 * (3.1)". Court and out-of-court standards share names, so the out-of-court ones say so.
 */
public final class KeyQuestionNames {
    private KeyQuestionNames() {
    }

    public static String of(Standard standard, KeyQuestion keyQuestion) {
        String where = standard.name().toLowerCase(Locale.ROOT);
        String in = standard.domainNumber() == 3 ? " in out-of-court " + where : " in " + where;
        return switch (keyQuestion.focus()) {
            case DESISTANCE -> "Supporting the child's desistance" + in;
            case KEEPING_THE_CHILD_SAFE -> "Keeping the child safe" + in;
            case KEEPING_OTHER_PEOPLE_SAFE -> "Keeping other people safe" + in;
            case JOINT_DECISION_MAKING -> "Recommendations supporting joint decision making";
            case JOINT_IMPLEMENTATION -> "Working with the police to implement the disposal";
        } + " (" + standard.number() + ")";
    }

    /** The focus alone, for a chart's row: "Desistance", "Child's safety", "Others' safety". */
    public static String shortOf(KeyQuestion keyQuestion) {
        return switch (keyQuestion.focus()) {
            case DESISTANCE -> "Desistance";
            case KEEPING_THE_CHILD_SAFE -> "Child's safety";
            case KEEPING_OTHER_PEOPLE_SAFE -> "Others' safety";
            case JOINT_DECISION_MAKING -> "Joint decisions";
            case JOINT_IMPLEMENTATION -> "Joint implementation";
        };
    }
}
