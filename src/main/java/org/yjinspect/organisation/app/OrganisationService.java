package org.yjinspect.organisation.app;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.organisation.domain.KeyData;
import org.yjinspect.organisation.domain.Meeting;
import org.yjinspect.organisation.domain.QualitativeStandardsPolicy;
import org.yjinspect.organisation.domain.SurveyResult;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** Use cases for organisational delivery and the other qualitative standards. */
public final class OrganisationService {
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> frameworks;
    private final OrganisationRecords records;
    private final ConsistentReads reads;

    public OrganisationService(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                               OrganisationRecords records, ConsistentReads reads) {
        this.inspections = inspections;
        this.frameworks = frameworks;
        this.records = records;
        this.reads = reads;
    }

    public OrganisationView show(long inspectionId) {
        return reads.read(() -> {
            List<Standard> standards = standards(inspectionId);
            OrganisationRecords.Evidence evidence = records.evidence(inspectionId);
            Map<String, OrganisationRecords.ProposedRating> proposed = evidence.proposed().stream()
                    .collect(Collectors.toMap(OrganisationRecords.ProposedRating::standardNumber, p -> p));
            return new OrganisationView(inspectionId, standards.stream().map(s -> new OrganisationView.QualitativeStandard(
                    s.number(), s.name(), s.statement(), s.scored(), questions(s, evidence), proposed.getOrDefault(
                    s.number(), new OrganisationRecords.ProposedRating(s.number(), null, "", 0, null, null))))
                    .toList(), evidence.keyData(), evidence.survey(), evidence.meetings());
        });
    }

    /** The proposed ratings, by standard number, for the live ratings. */
    public Map<String, OrganisationRecords.ProposedRating> proposedRatings(long inspectionId) {
        return records.proposedRatings(inspectionId);
    }

    public OrganisationRecords.EvidenceNote saveNote(SaveNoteCommand command) {
        Standard standard = qualitative(command.ref().inspectionId(), command.standardNumber());
        int question = command.questionNumber();
        Problem.require(question <= standard.questions().size(), "standard " + standard.number() + " has questions 1 to "
                + standard.questions().size() + " (got " + question + ")");
        return records.saveNote(command.ref(), standard.number(), question, command.note());
    }

    public OrganisationRecords.ProposedRating propose(ProposeRatingCommand command) {
        Standard standard = qualitative(command.ref().inspectionId(), command.standardNumber());
        return records.propose(command.ref(), standard.number(), command.rating(), command.rationale());
    }

    public OrganisationRecords.KeyDataRecord saveKeyData(RecordRef ref, KeyData data) {
        inspections.get(ref.inspectionId());
        return records.saveKeyData(ref, data);
    }

    public OrganisationRecords.SurveyLine addSurveyResult(RecordRef ref, SurveyResult result) {
        inspections.get(ref.inspectionId());
        return records.addSurveyResult(ref, result);
    }

    public OrganisationRecords.SurveyLine updateSurveyResult(RecordRef ref, long id, SurveyResult result, boolean removed) {
        inspections.get(ref.inspectionId());
        return records.updateSurveyResult(ref, id, result, removed);
    }

    public OrganisationRecords.MeetingLine addMeeting(RecordRef ref, Meeting meeting) {
        return records.addMeeting(ref, checked(ref.inspectionId(), meeting));
    }

    public OrganisationRecords.MeetingLine updateMeeting(RecordRef ref, long id, Meeting meeting, boolean removed) {
        return records.updateMeeting(ref, id, checked(ref.inspectionId(), meeting), removed);
    }

    private Meeting checked(long inspectionId, Meeting meeting) {
        Framework framework = framework(inspectionId);
        Problem.require(meeting.standardNumber() == null || framework.standard(meeting.standardNumber()).isPresent(),
                "there is no standard " + SafeText.shown(meeting.standardNumber()) + " in the "
                        + framework.version().label() + " framework");
        return meeting;
    }

    private static List<OrganisationView.Question> questions(Standard s, OrganisationRecords.Evidence evidence) {
        return IntStream.rangeClosed(1, s.questions().size()).mapToObj(n -> new OrganisationView.Question(n,
                s.questions().get(n - 1), evidence.notes().stream()
                .filter(e -> e.standardNumber().equals(s.number()) && e.questionNumber() == n).findFirst()
                .orElse(new OrganisationRecords.EvidenceNote(s.number(), n, "", 0, null, null)))).toList();
    }

    private Standard qualitative(long inspectionId, String number) {
        return standards(inspectionId).stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow(() ->
                Problem.notFound("standard " + SafeText.shown(number) + " is not a qualitative standard of this"
                        + " inspection's framework (they are " + standards(inspectionId).stream().map(Standard::number)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    private List<Standard> standards(long inspectionId) {
        return QualitativeStandardsPolicy.standards(framework(inspectionId));
    }

    private Framework framework(long inspectionId) {
        return frameworks.apply(inspections.get(inspectionId).frameworkVersion());
    }
}
