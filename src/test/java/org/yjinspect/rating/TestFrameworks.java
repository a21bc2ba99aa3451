package org.yjinspect.rating;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Domain;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.KeyQuestionFocus;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.domain.StandardKind;

/**
 * Small frameworks with the published shape (twelve scored standards, 4.1 apart from 2021) but
 * made-up texts, so that rating tests do not depend on the catalogue data files.
 */
public final class TestFrameworks {
    private TestFrameworks() {
    }

    public static Framework of(FrameworkVersion version) {
        List<Domain> domains = new ArrayList<>();
        domains.add(new Domain(1, "Organisational delivery", List.of(qualitative("1.1", true), qualitative("1.2", true),
                qualitative("1.3", true), qualitative("1.4", true))));
        domains.add(new Domain(2, "Court disposals", List.of(caseBased("2.1", CaseType.COURT_DISPOSAL),
                caseBased("2.2", CaseType.COURT_DISPOSAL), caseBased("2.3", CaseType.COURT_DISPOSAL),
                caseBased("2.4", CaseType.COURT_DISPOSAL))));
        Standard threeFour = version == FrameworkVersion.V2018 ? jointWorking() : qualitative("3.4", true);
        domains.add(new Domain(3, "Out-of-court disposals", List.of(caseBased("3.1", CaseType.OUT_OF_COURT_DISPOSAL),
                caseBased("3.2", CaseType.OUT_OF_COURT_DISPOSAL), caseBased("3.3", CaseType.OUT_OF_COURT_DISPOSAL),
                threeFour)));
        if (version == FrameworkVersion.V2021) {
            domains.add(new Domain(4, "Resettlement", List.of(qualitative("4.1", false))));
        }
        return new Framework(version, "test framework " + version.label(), domains);
    }

    static Standard qualitative(String number, boolean scored) {
        return new Standard(number, "Standard " + number, "Statement " + number, StandardKind.QUALITATIVE, scored,
                number.startsWith("4") ? CaseType.RESETTLEMENT : null, List.of(), List.of("Question of " + number + "?"));
    }

    static Standard caseBased(String number, CaseType type) {
        return new Standard(number, "Standard " + number, "Statement " + number, StandardKind.CASE_BASED, true, type,
                List.of(kq(number, "desistance", KeyQuestionFocus.DESISTANCE),
                        kq(number, "child-safety", KeyQuestionFocus.KEEPING_THE_CHILD_SAFE),
                        kq(number, "others-safety", KeyQuestionFocus.KEEPING_OTHER_PEOPLE_SAFE)), List.of());
    }

    static Standard jointWorking() {
        return new Standard("3.4", "Joint working", "Statement 3.4", StandardKind.CASE_BASED, true,
                CaseType.OUT_OF_COURT_DISPOSAL, List.of(kq("3.4", "joint-decisions", KeyQuestionFocus.JOINT_DECISION_MAKING),
                new KeyQuestion("3.4.joint-implementation", KeyQuestionFocus.JOINT_IMPLEMENTATION,
                        "Does the YOT work with the police?", Applicability.YOUTH_CONDITIONAL_CAUTIONS, List.of(), List.of())),
                List.of());
    }

    private static KeyQuestion kq(String number, String suffix, KeyQuestionFocus focus) {
        return new KeyQuestion(number + "." + suffix, focus, "Key question " + number + " " + suffix + "?",
                Applicability.ALL_CASES, List.of(), List.of());
    }
}
