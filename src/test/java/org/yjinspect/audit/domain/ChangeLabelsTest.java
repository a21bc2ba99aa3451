package org.yjinspect.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The history pages' words for a change: one table, every label in inspectors' words. */
class ChangeLabelsTest {
    @Test
    void aChangeIsNamedInInspectorsWordsWithItsRecord() {
        assertThat(ChangeLabels.of("prompt_answer", "2.1.desistance.a", "answer")).isEqualTo("Prompt 2.1.desistance.a answer");
        assertThat(ChangeLabels.of("key_question_answer", "2.1.desistance", "answer"))
                .isEqualTo("Key question judgement 2.1.desistance");
        assertThat(ChangeLabels.of("key_question_evidence", "2.1.desistance", "note"))
                .isEqualTo("Evidence note, key question 2.1.desistance");
        assertThat(ChangeLabels.of("case_assessment", "YJ-000136", "status")).isEqualTo("Status");
        assertThat(ChangeLabels.of("proposed_rating", "1.1", "rating")).isEqualTo("Proposed rating, standard 1.1");
        assertThat(ChangeLabels.of("team member", "lowri", "role")).isEqualTo("Team role of lowri");
    }

    @Test
    void aPairTheTableDoesNotKnowIsShownAsStored() {
        assertThat(ChangeLabels.knows("old_record", "some_field")).isFalse();
        assertThat(ChangeLabels.of("old_record", "7", "some_field")).isEqualTo("old record 7: some field");
    }

    @Test
    void everyLabelIsASentenceStartWithNoTechnicalName() {
        ChangeLabels.LABELS.forEach((key, label) -> {
            assertThat(label).as(key).isNotBlank().doesNotContain("_");
            assertThat(Character.isUpperCase(label.charAt(0))).as(key).isTrue();
            assertThat(key).as("a key is 'entity field'").matches("[a-z_ ]+ [a-z_]+");
        });
    }
}
