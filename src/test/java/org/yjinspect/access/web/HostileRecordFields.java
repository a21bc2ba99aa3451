package org.yjinspect.access.web;

import static org.yjinspect.access.web.HostileField.Form.CODED;
import static org.yjinspect.access.web.HostileField.Form.FREE_TEXT;
import static org.yjinspect.access.web.HostileField.Form.NAME;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.yjinspect.assessment.app.MoveCaseStatusCommand;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.support.Fixtures;

/**
 * The text fields of case assessments, organisation evidence, the ratings panel and the caseload
 * CSV. The assessment fields use two court cases: one open (evidence, answers, judgement), and
 * one already submitted, returned for rework with each reason and submitted again.
 */
final class HostileRecordFields extends HostileScene {
    private final long main;
    private final String open;
    private final String submitted;
    private final String organisation;
    private final long caseload;

    HostileRecordFields(HostileClient http, long main, long openCase, long submittedCase, long caseload) {
        super(http);
        this.main = main;
        this.open = "/api/inspections/" + main + "/assessments/" + openCase;
        this.submitted = "/api/inspections/" + main + "/assessments/" + submittedCase;
        this.organisation = "/api/inspections/" + main + "/organisation";
        this.caseload = caseload;
    }

    List<HostileField> assessment() {
        return List.of(
                HostileField.of("AssessmentRoutes.EvidenceRequest.note", FREE_TEXT, SaveEvidenceCommand.LONGEST_NOTE,
                        "note", text -> http.json("PUT", open + "/key-questions/" + keyQuestion().get("id").asText()
                                + "/evidence", body("note", text, "goodPracticeExample", false, "baseRevision",
                                keyQuestion().get("evidence").get("revision").asInt()), LEAD),
                        () -> List.of(keyQuestion().get("evidence").get("note").asText()), written -> main),
                coded("AssessmentRoutes.AnswerRequest.answer", "answer", text -> http.json("PUT", open + "/prompts/"
                        + prompt().get("id").asText(), body("answer", text, "baseRevision",
                        prompt().get("answer").get("revision").asInt()), LEAD),
                        () -> values(prompt().get("answer"), "answer")),
                judgement("riskOfSeriousHarm"),
                judgement("safetyWellbeing"),
                coded("AssessmentRoutes.StatusRequest.status", "status", text -> http.json("POST", open + "/status",
                        body("status", text, "baseRevision", read(open).get("status").get("revision").asInt()), LEAD),
                        () -> values(read(open).get("status"), "status")),
                HostileField.of("AssessmentRoutes.StatusRequest.reason", FREE_TEXT, MoveCaseStatusCommand.LONGEST_REASON,
                        "reason", this::returnForRework, () -> values(read(submitted).get("status"), "reworkReason"),
                        written -> main));
    }

    List<HostileField> organisation() {
        return List.of(
                HostileField.of("OrganisationRoutes.NoteRequest.note", FREE_TEXT, SaveNoteCommand.LONGEST_NOTE, "note",
                        text -> http.json("PUT", organisation + "/standards/1.1/questions/1", body("note", text,
                                "baseRevision", question().get("revision").asInt()), LEAD),
                        () -> List.of(question().get("note").asText()), written -> main),
                HostileField.of("OrganisationRoutes.ProposalRequest.rationale", FREE_TEXT,
                        ProposeRatingCommand.LONGEST_RATIONALE, "rationale", text -> propose("Good", text),
                        () -> values(proposal(), "rationale"), written -> main),
                coded("OrganisationRoutes.ProposalRequest.rating", "rating", text -> propose(text, "seen in meetings"),
                        () -> values(proposal(), "rating")),
                HostileField.of("OrganisationRoutes.SurveyRequest.question", FREE_TEXT, SurveyResult.LONGEST_QUESTION,
                        "question", text -> http.json("POST", organisation + "/staff-survey", body("question", text,
                                "responses", 12, "percentAgreeing", 50), LEAD),
                        () -> values(read(organisation).get("staffSurvey"), "question"), written -> main),
                HostileField.of("OrganisationRoutes.MeetingRequest.withWhom", NAME, Meeting.LONGEST_WITH_WHOM,
                        "withWhom", text -> meeting("meeting", text, "1.1"), () -> meetings("withWhom"), written -> main),
                coded("OrganisationRoutes.MeetingRequest.kind", "kind", text -> meeting(text, "case managers", "1.1"),
                        () -> meetings("kind")),
                coded("OrganisationRoutes.MeetingRequest.standardNumber", "standard",
                        text -> meeting("meeting", "case managers", text), () -> meetings("standardNumber")));
    }

    List<HostileField> panel() {
        return List.of(
                HostileField.of("PanelRoutes.DecisionRequest.rationale", FREE_TEXT, DecideCommand.LONGEST_RATIONALE,
                        "rationale", text -> decide("Good", text), () -> values(decision(), "rationale"), written -> main),
                coded("PanelRoutes.DecisionRequest.rating", "rating", text -> decide(text, "confirmed"),
                        () -> values(decision(), "rating")));
    }

    List<HostileField> caseloadCsv() {
        String path = "/api/inspections/" + caseload + "/caseload";
        return List.of(
                HostileField.of("caseload CSV column case_manager", HostileField.Form.CASE_MANAGER, 60, "case_manager",
                        text -> http.send("PUT", path, csv(text, false), "text/csv", LEAD),
                        () -> values(read(path).get("records"), "caseManager"), written -> 0),
                coded("caseload CSV column case_reference", "case_reference",
                        text -> http.send("PUT", path, csv(text, true), "text/csv", LEAD),
                        () -> values(read(path).get("records"), "reference")));
    }

    private HostileField judgement(String field) {
        return coded("AssessmentRoutes.JudgementRequest." + field, field, text -> http.json("PUT", open + "/judgement",
                body(field, text, "baseRevision", read(open).get("judgement").get("revision").asInt()), LEAD),
                () -> values(read(open).get("judgement"), field));
    }

    private static HostileField coded(String key, String named, HostileField.Write write, HostileField.Read read) {
        return HostileField.of(key, CODED, 0, named, write, read, written -> 0);
    }

    private JsonNode keyQuestion() throws Exception {
        return read(open).get("standards").get(0).get("keyQuestions").get(0);
    }

    private JsonNode prompt() throws Exception {
        return keyQuestion().get("prompts").get(0);
    }

    /** Who submits the case again: not the lead, who may not then decide a case they submitted themselves. */
    static final String RESUBMITTER = "hostile second lead";

    /** Returns the submitted case for rework with the text as the reason, then submits it again for the next one. */
    private HostileClient.Answer returnForRework(String text) throws Exception {
        HostileClient.Answer answer = http.json("POST", submitted + "/status", body("status", "returned_for_rework",
                "reason", text, "baseRevision", read(submitted).get("status").get("revision").asInt()), LEAD);
        if (answer.status() == 200) {
            HostileClient.Answer again = http.json("POST", submitted + "/status", body("status", "submitted",
                    "baseRevision", answer.body().get("revision").asInt()), RESUBMITTER);
            if (again.status() != 200) {
                throw new IllegalStateException("could not submit the case again: " + again);
            }
        }
        return answer;
    }

    private JsonNode question() throws Exception {
        return read(organisation).get("standards").get(0).get("questions").get(0).get("evidence");
    }

    private JsonNode proposal() throws Exception {
        return read(organisation).get("standards").get(0).get("proposedRating");
    }

    private HostileClient.Answer propose(String rating, String rationale) throws Exception {
        return http.json("PUT", organisation + "/standards/1.1/proposed-rating", body("rating", rating, "rationale",
                rationale, "baseRevision", proposal().get("revision").asInt()), LEAD);
    }

    private HostileClient.Answer meeting(String kind, String withWhom, String standard) throws Exception {
        return http.json("POST", organisation + "/meetings", body("heldOn", "2024-11-05", "kind", kind, "withWhom",
                withWhom, "participants", 3, "standardNumber", standard), LEAD);
    }

    private List<String> meetings(String property) throws Exception {
        return values(read(organisation).get("meetings"), property);
    }

    /** The panel's decision on standard 1.2 (its rating proposed Good at set-up, so Good is the computed rating). */
    private JsonNode decision() throws Exception {
        for (JsonNode line : read("/api/inspections/" + main + "/panel").get("standards")) {
            if (line.get("number").asText().equals("1.2")) {
                return line.get("decision");
            }
        }
        throw new IllegalStateException("the panel has no standard 1.2");
    }

    private HostileClient.Answer decide(String rating, String rationale) throws Exception {
        return http.json("PUT", "/api/inspections/" + main + "/panel/standards/1.2", body("rating", rating,
                "rationale", rationale, "baseRevision", decision().get("revision").asInt()), PANEL);
    }

    /** A made-up caseload whose first case has the text as its reference or its case manager (quoted as CSV quotes). */
    private static String csv(String text, boolean asReference) {
        String[] lines = Fixtures.csv(Fixtures.caseload(11, 30)).split("\r?\n");
        String quoted = "\"" + text.replace("\"", "\"\"") + "\"";
        String first = lines[1];
        lines[1] = asReference ? quoted + first.substring(first.indexOf(','))
                : first.substring(0, first.lastIndexOf(',') + 1) + quoted;
        return String.join("\r\n", lines) + "\r\n";
    }
}
