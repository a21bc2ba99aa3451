package org.yjinspect.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Stored names and flags of the audit trail read as inspectors say them; typed text stays as typed. */
class ValueWordsTest {
    @Test
    void statusesAnswersAndRiskLevelsReadAsWords() {
        assertThat(ValueWords.of("case_assessment", "status", "IN_PROGRESS")).isEqualTo("In progress");
        assertThat(ValueWords.of("case_assessment", "status", "RETURNED_FOR_REWORK")).isEqualTo("Returned for rework");
        assertThat(ValueWords.of("prompt_answer", "answer", "NOT_APPLICABLE")).isEqualTo("Not applicable");
        assertThat(ValueWords.of("prompt_answer", "answer", "YES")).isEqualTo("Yes");
        assertThat(ValueWords.of("key_question_answer", "answer", "NO")).isEqualTo("No");
        assertThat(ValueWords.of("key_question_answer", "answer", "NOT_RELEVANT")).isEqualTo("Not relevant");
        assertThat(ValueWords.of("case_judgement", "rosh", "VERY_HIGH")).isEqualTo("Very high");
        assertThat(ValueWords.of("case_judgement", "safety_wellbeing", "LOW")).isEqualTo("Low");
        assertThat(ValueWords.of("panel_decision", "rating", "REQUIRES_IMPROVEMENT")).isEqualTo("Requires improvement");
        assertThat(ValueWords.of("team member", "role", "LEAD_INSPECTOR")).isEqualTo("Lead inspector");
    }

    @Test
    void flagsReadAsYesOrNo() {
        assertThat(ValueWords.of("case_judgement", "rosh_agrees", "true")).isEqualTo("Yes");
        assertThat(ValueWords.of("key_question_evidence", "good_practice", "false")).isEqualTo("No");
    }

    @Test
    void typedTextAndUnknownFieldsStayAsStoredAndNoValueIsNone() {
        assertThat(ValueWords.of("key_question_evidence", "note", "TRUE")).isEqualTo("TRUE");
        assertThat(ValueWords.of("key_question_evidence", "note", "NOT_APPLICABLE")).isEqualTo("NOT_APPLICABLE");
        assertThat(ValueWords.of("case_assessment", "rework_reason", "true")).isEqualTo("true");
        assertThat(ValueWords.of("proposed_rating", "rating", "Good")).isEqualTo("Good");
        assertThat(ValueWords.of("case_assessment", "status", null)).isEqualTo("(none)");
    }

    @Test
    void anEntryGivesItsValuesBeforeAndAfterInWords() {
        AuditEntry moved = new AuditEntry(1, 2, 3L, "YJ-000001", null, "case_assessment", "YJ-000001", "status",
                "SUBMITTED", "ACCEPTED", "lowri", Instant.EPOCH);
        assertThat(ValueWords.before(moved)).isEqualTo("Submitted");
        assertThat(ValueWords.after(moved)).isEqualTo("Accepted");
        assertThat(moved.newValue()).as("the stored value is kept as stored").isEqualTo("ACCEPTED");
    }

    @Test
    void everyListedPairIsOneTheTrailNames() {
        ValueWords.NAMED.forEach(pair -> assertThat(ChangeLabels.pairs()).as(pair).contains(pair));
        ValueWords.FLAGS.forEach(pair -> assertThat(ChangeLabels.pairs()).as(pair).contains(pair));
    }
}
