package org.yjinspect.framework.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.KeyQuestionFocus;
import org.yjinspect.framework.domain.Prompt;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.domain.StandardKind;

/** The shape of both catalogue versions, as framework-rules.md sections 2, 4 and 9 describe it. */
class FrameworkCatalogueTest {
    private static final List<String> TRIAD_STANDARDS = List.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3");

    /** Prompts per key question (desistance / child safety / other people), framework-rules.md 9.3. */
    private static final Map<String, int[]> PROMPTS_2018 = Map.of(
            "2.1", new int[] {7, 3, 3}, "2.2", new int[] {6, 4, 5}, "2.3", new int[] {7, 2, 3},
            "2.4", new int[] {4, 3, 4}, "3.1", new int[] {7, 2, 2}, "3.2", new int[] {7, 3, 4},
            "3.3", new int[] {5, 2, 2}, "3.4", new int[] {6, 2});
    /** From the Plymouth and Portsmouth Annexe 2 lists; both end 3.3 "other people" after b). */
    private static final Map<String, int[]> PROMPTS_2021 = Map.of(
            "2.1", new int[] {9, 3, 3}, "2.2", new int[] {7, 4, 5}, "2.3", new int[] {8, 2, 3},
            "2.4", new int[] {7, 3, 3}, "3.1", new int[] {9, 2, 2}, "3.2", new int[] {8, 3, 4},
            "3.3", new int[] {6, 2, 2});

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void everyVersionLoadsWithTwelveScoredStandards(FrameworkVersion version) {
        Framework framework = FrameworkCatalogue.load(version);

        assertThat(framework.version()).isEqualTo(version);
        assertThat(framework.scoredStandards()).extracting(Standard::number).containsExactly(
                "1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");
        assertThat(framework.standards()).allSatisfy(s -> assertThat(s.statement()).isNotBlank().endsWith("."));
    }

    @Test
    void version2018HasJointWorkingAndNoResettlement() {
        Framework framework = FrameworkCatalogue.load(FrameworkVersion.V2018);

        assertThat(framework.domains()).extracting(d -> d.name())
                .containsExactly("Organisational delivery", "Court disposals", "Out-of-court disposals");
        assertThat(framework.standard("4.1")).isEmpty();
        assertThat(framework.separatelyRatedStandards()).isEmpty();
        Standard jointWorking = framework.standard("3.4").orElseThrow();
        assertThat(jointWorking.name()).isEqualTo("Joint working");
        assertThat(jointWorking.kind()).isEqualTo(StandardKind.CASE_BASED);
        assertThat(jointWorking.caseType()).isEqualTo(CaseType.OUT_OF_COURT_DISPOSAL);
        assertThat(jointWorking.keyQuestions()).extracting(KeyQuestion::id, KeyQuestion::focus, KeyQuestion::appliesTo)
                .containsExactly(
                        tuple("3.4.joint-decisions",
                                KeyQuestionFocus.JOINT_DECISION_MAKING, Applicability.ALL_CASES),
                        tuple("3.4.joint-implementation",
                                KeyQuestionFocus.JOINT_IMPLEMENTATION, Applicability.YOUTH_CONDITIONAL_CAUTIONS));
        assertThat(framework.standard("1.2").orElseThrow().questions()).hasSize(4);
    }

    @Test
    void version2021HasPolicyAndProvisionAndUnscoredResettlement() {
        Framework framework = FrameworkCatalogue.load(FrameworkVersion.V2021);

        assertThat(framework.domains()).extracting(d -> d.name()).containsExactly(
                "Organisational delivery", "Court disposals", "Out-of-court disposals", "Resettlement");
        Standard policy = framework.standard("3.4").orElseThrow();
        assertThat(policy.name()).isEqualTo("Out-of-court disposal policy and provision");
        assertThat(policy.kind()).isEqualTo(StandardKind.QUALITATIVE);
        assertThat(policy.scored()).isTrue();
        assertThat(policy.caseType()).isNull();
        assertThat(policy.keyQuestions()).isEmpty();
        assertThat(policy.questions()).hasSize(3);

        Standard resettlement = framework.standard("4.1").orElseThrow();
        assertThat(resettlement.scored()).isFalse();
        assertThat(resettlement.kind()).isEqualTo(StandardKind.QUALITATIVE);
        assertThat(resettlement.caseType()).isEqualTo(CaseType.RESETTLEMENT);
        assertThat(resettlement.questions()).hasSize(3);
        assertThat(framework.separatelyRatedStandards()).containsExactly(resettlement);
        assertThat(framework.standard("1.2").orElseThrow().questions()).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void domainOneIsJudgedOnQuestionsNotCases(FrameworkVersion version) {
        Framework framework = FrameworkCatalogue.load(version);

        assertThat(framework.standards()).filteredOn(s -> s.domainNumber() == 1).hasSize(4).allSatisfy(s -> {
            assertThat(s.kind()).isEqualTo(StandardKind.QUALITATIVE);
            assertThat(s.caseType()).isNull();
            assertThat(s.questions()).hasSizeBetween(3, 5).allSatisfy(q -> assertThat(q).endsWith("?"));
        });
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void caseBasedStandardsHaveTheTriadOfKeyQuestions(FrameworkVersion version) {
        Framework framework = FrameworkCatalogue.load(version);

        for (String number : TRIAD_STANDARDS) {
            Standard standard = framework.standard(number).orElseThrow();
            assertThat(standard.caseBased()).as(number).isTrue();
            assertThat(standard.caseType()).as(number)
                    .isEqualTo(number.startsWith("2") ? CaseType.COURT_DISPOSAL : CaseType.OUT_OF_COURT_DISPOSAL);
            assertThat(standard.keyQuestions()).as(number).extracting(KeyQuestion::id, KeyQuestion::focus)
                    .containsExactly(
                            tuple(number + ".desistance", KeyQuestionFocus.DESISTANCE),
                            tuple(number + ".child-safety",
                                    KeyQuestionFocus.KEEPING_THE_CHILD_SAFE),
                            tuple(number + ".others-safety",
                                    KeyQuestionFocus.KEEPING_OTHER_PEOPLE_SAFE));
        }
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void keyQuestionsApplyToTheCasesTheRatingsExplainedAnnexeNames(FrameworkVersion version) {
        Framework framework = FrameworkCatalogue.load(version);

        for (String number : TRIAD_STANDARDS) {
            List<Applicability> expected = switch (number.substring(2)) {
                case "1" -> List.of(Applicability.ALL_CASES, Applicability.ALL_CASES, Applicability.ALL_CASES);
                case "4" -> List.of(Applicability.CHANGES_IN_RELEVANT_FACTORS,
                        Applicability.CHANGES_IN_RELEVANT_FACTORS, Applicability.CHANGES_IN_RELEVANT_FACTORS);
                default -> List.of(Applicability.ALL_CASES, Applicability.SAFETY_AND_WELLBEING_FACTORS,
                        Applicability.RISK_OF_SERIOUS_HARM_NOT_LOW);
            };
            assertThat(framework.standard(number).orElseThrow().keyQuestions())
                    .as(number).extracting(KeyQuestion::appliesTo).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void promptCountsMatchThe2018Tables() {
        assertPromptCounts(FrameworkVersion.V2018, PROMPTS_2018);
    }

    @Test
    void promptCountsMatchThe2021AnnexeLists() {
        assertPromptCounts(FrameworkVersion.V2021, PROMPTS_2021);
    }

    private static void assertPromptCounts(FrameworkVersion version, Map<String, int[]> expected) {
        Framework framework = FrameworkCatalogue.load(version);
        List<String> caseBased = framework.standards().stream().filter(Standard::caseBased).map(Standard::number).toList();
        assertThat(caseBased).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((number, counts) -> assertThat(framework.standard(number).orElseThrow().keyQuestions())
                .as(version + " " + number).extracting(kq -> kq.prompts().size())
                .containsExactlyElementsOf(Arrays.stream(counts).boxed().toList()));
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void idsAreUniqueAndEveryPromptIdStartsWithItsKeyQuestionId(FrameworkVersion version) {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (KeyQuestion kq : keyQuestions(version).toList()) {
            if (!seen.add(kq.id())) {
                duplicates.add(kq.id());
            }
            assertThat(kq.id()).startsWith(standardOf(kq.id()) + ".");
            char letter = 'a';
            for (Prompt prompt : kq.prompts()) {
                if (!seen.add(prompt.id())) {
                    duplicates.add(prompt.id());
                }
                assertThat(prompt.id()).isEqualTo(kq.id() + "." + letter++);
            }
        }
        assertThat(duplicates).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void printedTextsAreQuestionsWithoutDuplicateVariants(FrameworkVersion version) {
        keyQuestions(version).forEach(kq -> {
            assertThat(kq.text()).endsWith("?");
            assertThat(kq.printedVariants()).doesNotContain(kq.text()).doesNotHaveDuplicates();
            kq.prompts().forEach(p -> {
                assertThat(p.text()).as(p.id()).endsWith("?");
                assertThat(p.printedVariants()).as(p.id()).doesNotContain(p.text()).doesNotHaveDuplicates();
            });
        });
    }

    @ParameterizedTest
    @EnumSource(FrameworkVersion.class)
    void promptsWordedWhereApplicableAllowNotApplicable(FrameworkVersion version) {
        keyQuestions(version).flatMap(kq -> kq.prompts().stream())
                .filter(p -> Stream.concat(Stream.of(p.text()), p.printedVariants().stream())
                        .anyMatch(t -> t.startsWith("Where applicable") || t.startsWith("In cases")))
                .forEach(p -> assertThat(p.notApplicableAllowed()).as(p.id()).isTrue());
    }

    private static Stream<KeyQuestion> keyQuestions(FrameworkVersion version) {
        return FrameworkCatalogue.load(version).standards().stream().flatMap(s -> s.keyQuestions().stream());
    }

    private static String standardOf(String keyQuestionId) {
        return keyQuestionId.substring(0, 3);
    }
}
