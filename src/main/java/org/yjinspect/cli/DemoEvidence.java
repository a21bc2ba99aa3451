package org.yjinspect.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.organisation.app.SaveNoteCommand;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.MeetingKind;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.records.domain.Actor;

/**
 * The demonstration's organisational evidence, as the lead inspector records it: a note for
 * every question of each qualitative standard, the key data, staff survey lines, meetings and
 * interviews (with roles, never names), and a proposed rating for every qualitative standard
 * but the last, so the ratings panel still has one standing in the way of publication.
 */
final class DemoEvidence {
    private static final List<String> NOTES = List.of(
            "The management board meets quarterly with good attendance from partners; minutes show challenge.",
            "Staff describe leaders as visible; the vacancy rate has fallen since the last inspection.",
            "Partnership agreements are in place with health and education; referral pathways are clear.",
            "Information sharing with the police works well; the case management system is up to date.");
    private static final List<String> PROPOSED = List.of("Good", "Requires improvement", "Good", "Outstanding", "Good");
    private final Application app;
    private final long inspectionId;
    private final LocalDate announced;
    private final Actor lead = Actor.of("demo-lead");

    DemoEvidence(Application app, long inspectionId, LocalDate announced) {
        this.app = app;
        this.inspectionId = inspectionId;
        this.announced = announced;
    }

    void record() {
        RecordRef first = new RecordRef(inspectionId, 0, lead);
        List<OrganisationView.QualitativeStandard> standards = app.organisation().show(inspectionId).standards();
        for (int s = 0; s < standards.size(); s++) {
            OrganisationView.QualitativeStandard standard = standards.get(s);
            for (OrganisationView.Question question : standard.questions()) {
                app.organisation().saveNote(new SaveNoteCommand(first, standard.number(), question.number(),
                        NOTES.get((s + question.number()) % NOTES.size())));
            }
            if (s < standards.size() - 1) {
                app.organisation().propose(new ProposeRatingCommand(first, standard.number(),
                        PROPOSED.get(s % PROPOSED.size()), "Evidence from the board meeting, interviews with"
                                + " managers and the staff survey supports this rating."));
            }
        }
        app.organisation().saveKeyData(first, new KeyData(new BigDecimal("1850000"), 42, new BigDecimal("7.5"),
                new BigDecimal("11.2"), new BigDecimal("8.1")));
        app.organisation().addSurveyResult(first, new SurveyResult("I feel supported by my manager", 38,
                new BigDecimal("84.2")));
        app.organisation().addSurveyResult(first, new SurveyResult("I have the training I need", 38,
                new BigDecimal("71.0")));
        app.organisation().addSurveyResult(first, new SurveyResult("My caseload is manageable", 37,
                new BigDecimal("62.2")));
        String standard = standards.isEmpty() ? null : standards.get(0).number();
        app.organisation().addMeeting(first, new Meeting(announced.plusWeeks(2), MeetingKind.MEETING,
                "management board members", 7, standard));
        app.organisation().addMeeting(first, new Meeting(announced.plusWeeks(2).plusDays(1), MeetingKind.INTERVIEW,
                "case managers", 5, null));
        app.organisation().addMeeting(first, new Meeting(announced.plusWeeks(2).plusDays(2), MeetingKind.FOCUS_GROUP,
                "volunteers and referral order panel members", 6, null));
    }
}
