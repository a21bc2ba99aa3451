package org.yjinspect.secondreading.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.yjinspect.agreement.domain.AgreementBreakdown;
import org.yjinspect.agreement.domain.SecondReadItem;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.access.domain.Role;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseAssessments;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.records.app.ConsistentReads;
import org.yjinspect.rules.Ruling;
import org.yjinspect.secondreading.domain.BlindReadingPolicy;

/** The second-reading use cases, each handed to the collaborator that owns it. */
public final class SecondReadings implements SecondReadingService {
    /** The answers the framework allows at each level, so that one nobody gave still counts (docs/agreement.md). */
    private static final Map<SecondReadItem.Level, List<String>> POSSIBLE_ANSWERS = Map.of(
            SecondReadItem.Level.PROMPT, List.of("YES", "NO", "NOT_APPLICABLE"),
            SecondReadItem.Level.KEY_QUESTION, List.of("YES", "NO", "NOT_RELEVANT"),
            SecondReadItem.Level.CLASSIFICATION, List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH"));
    private static final Set<Role> READ_WHOLE = EnumSet.of(Role.LEAD_INSPECTOR, Role.INSPECTOR, Role.PANEL_MEMBER);
    private final ReadingContexts contexts;
    private final Choosing choosing;
    private final SecondForms forms;
    private final Settling settling;
    private final RatingEffects effects;

    public SecondReadings(InspectionService inspections, Function<FrameworkVersion, Framework> frameworks,
                          AssessmentService assessments, CaseAssessments live, InspectionTeam team,
                          SecondReadingRecords records, ConsistentReads reads) {
        this.contexts = new ReadingContexts(inspections, frameworks, assessments, team, records, reads);
        this.choosing = new Choosing(contexts);
        this.forms = new SecondForms(contexts);
        this.settling = new Settling(contexts, live);
        this.effects = new RatingEffects(assessments, live);
    }

    @Override
    public SecondReadingOverview overview(long inspectionId, Who who) {
        return overviewOf(contexts.of(inspectionId), contexts.records(), who);
    }

    /** Those who read the whole inspection see every chosen case; anyone else only the cases they read. */
    static SecondReadingOverview overviewOf(ReadingContext context, SecondReadingRecords records, Who who) {
        boolean whole = context.roles(who.username()).stream().anyMatch(READ_WHOLE::contains);
        List<ChosenCase> cases = context.views().stream().filter(c -> whole || who.username().equals(c.firstReader())
                || who.username().equals(c.secondReader())).toList();
        return new SecondReadingOverview(context.inspectionId(), whole ? records.lastDraw(context.inspectionId())
                : java.util.Optional.empty(), cases);
    }

    @Override
    public Outcome<List<ChosenCase>> choose(ChooseCasesCommand command) {
        return choosing.choose(command);
    }

    @Override
    public Outcome<SecondReadingOverview> draw(DrawCasesCommand command) {
        return choosing.draw(command);
    }

    @Override
    public Outcome<ChosenCase> allocate(AllocateSecondReaderCommand command) {
        return choosing.allocate(command);
    }

    @Override
    public Outcome<ChosenCase> withdraw(WithdrawCaseCommand command) {
        return choosing.withdraw(command);
    }

    @Override
    public List<ReaderChoice> readersFor(long inspectionId, String caseReference) {
        return choosing.readersFor(inspectionId, caseReference);
    }

    @Override
    public Outcome<SecondReadingForm> form(long inspectionId, long sampleCaseId, Who who) {
        return forms.form(inspectionId, sampleCaseId, who);
    }

    @Override
    public Outcome<SecondReadingForm> saveAnswer(SaveSecondAnswerCommand command) {
        return forms.saveAnswer(command);
    }

    @Override
    public Outcome<SecondReadingForm> saveClassification(SaveSecondClassificationCommand command) {
        return forms.saveClassification(command);
    }

    @Override
    public Outcome<ChosenCase> submit(SubmitSecondReadingCommand command) {
        return forms.submit(command);
    }

    @Override
    public Outcome<BothReadings> bothReadings(long inspectionId, long sampleCaseId, Who who) {
        ReadingContext context = contexts.of(inspectionId);
        ReadingPairs pairs = new ReadingPairs(context, contexts.records());
        var visible = pairs.visible(sampleCaseId, who.username());
        return visible.allowed() ? Outcome.done(visible, pairs.both(context.view(sampleCaseId)))
                : Outcome.refused(visible);
    }

    @Override
    public List<BothReadings> bothReadings(long inspectionId, Who who) {
        ReadingPairs pairs = pairs(inspectionId);
        return pairs.revealedFor(who.username()).stream().map(pairs::both).toList();
    }

    @Override
    public Outcome<AgreementView> agreement(long inspectionId, Who who) {
        ReadingPairs pairs = pairs(inspectionId);
        List<ChosenCase> revealed = pairs.revealedFor(who.username());
        return Outcome.done(Ruling.allow(BlindReadingPolicy.RULE, revealed.size() + " case(s) have both readings"
                + " submitted"), new AgreementView(inspectionId, revealed.size(), revealed.stream()
                .flatMap(c -> pairs.items(c).stream()).toList()));
    }

    @Override
    public Outcome<AgreementBreakdown> agreementBreakdown(long inspectionId, Who who) {
        Outcome<AgreementView> view = agreement(inspectionId, who);
        return Outcome.done(view.ruling(), AgreementBreakdown.of(view.value().items(), POSSIBLE_ANSWERS));
    }

    @Override
    public List<CaseDisagreements> disagreements(long inspectionId, Who who) {
        ReadingPairs pairs = pairs(inspectionId);
        return pairs.revealedFor(who.username()).stream().map(pairs::disagreements)
                .filter(d -> !d.differences().isEmpty()).toList();
    }

    @Override
    public Outcome<Settlement> settle(SettleCommand command) {
        return settling.settle(command);
    }

    @Override
    public RatingEffect effect(long inspectionId, Who who) {
        ReadingContext context = contexts.of(inspectionId);
        ReadingPairs pairs = new ReadingPairs(context, contexts.records());
        return effects.effect(context, pairs, pairs.revealedFor(who.username()));
    }

    /** The inspection's chosen cases with both their readings, read once for one request. */
    private ReadingPairs pairs(long inspectionId) {
        return new ReadingPairs(contexts.of(inspectionId), contexts.records());
    }
}
