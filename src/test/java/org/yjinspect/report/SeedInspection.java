package org.yjinspect.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.yjinspect.Application;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.domain.DisposalType;
import org.yjinspect.caseload.domain.Ethnicity;
import org.yjinspect.caseload.domain.Gender;
import org.yjinspect.caseload.domain.RiskLevel;
import org.yjinspect.framework.domain.Applicability;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.organisation.app.OrganisationView;
import org.yjinspect.organisation.app.ProposeRatingCommand;
import org.yjinspect.organisation.app.RecordRef;
import org.yjinspect.panel.app.DecideCommand;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.support.Answering;
import org.yjinspect.support.Fixtures;

/**
 * A stored inspection built from a seed report's figures (src/test/resources/oracle, or
 * published/figures once moved): a caseload of exactly the cases the report inspected, all
 * sampled, each key question judged so that its 'Yes' and relevant counts are the report's, each
 * prompt answered at random (seeded, logged), qualitative standards proposed at the published
 * rating, and every standard confirmed by the ratings panel.
 */
public final class SeedInspection {
    public static final Actor LEAD = new Actor("lead inspector");

    private SeedInspection() {
    }

    public static JsonNode figures(String name) {
        for (String place : List.of("/oracle/", "/published/figures/")) {
            try (InputStream in = SeedInspection.class.getResourceAsStream(place + name)) {
                if (in != null) {
                    return new ObjectMapper().readTree(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("no seed figures " + name + " on the class path");
    }

    /** Builds the inspection; {@code outOfCourt} gives the out-of-court disposal types in order. */
    public static Inspection build(Application app, JsonNode seed, List<DisposalType> outOfCourt, long promptSeed) {
        String version = seed.get("frameworkVersion").asText();
        Inspection inspection = Fixtures.createInspection(app, version);
        int court = seed.get("cases").get("court").asInt();
        List<CaseRecord> cases = new ArrayList<>();
        for (int i = 0; i < court; i++) {
            cases.add(record("C" + i, CaseType.COURT_DISPOSAL, i % 2 == 0 ? DisposalType.REFERRAL_ORDER
                    : DisposalType.YOUTH_REHABILITATION_ORDER, 7, i));
        }
        for (int i = 0; i < outOfCourt.size(); i++) {
            cases.add(record("O" + i, CaseType.OUT_OF_COURT_DISPOSAL, outOfCourt.get(i), 4, i));
        }
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(cases), false);
        app.samples().draw(new DrawSampleCommand(inspection.id(), 1L, null, null, 1000, null, 0, Fixtures.SET_UP));
        List<AssessedCase> sampled = app.assessments().list(inspection.id()).stream()
                .map(CaseViews.CaseSummary::assessedCase).toList();
        SplittableRandom random = new SplittableRandom(promptSeed);
        for (JsonNode standard : seed.get("standards")) {
            if (standard.has("keyQuestions")) {
                judge(app, inspection.id(), sampled, standard, random);
            }
        }
        rate(app, inspection.id(), seed);
        return inspection;
    }

    private static CaseRecord record(String reference, CaseType type, DisposalType disposal, int monthsBefore, int i) {
        return new CaseRecord("YJ-" + reference, type, disposal, Fixtures.ANNOUNCED.minusMonths(monthsBefore).minusDays(i),
                null, i % 4 == 3 ? Gender.FEMALE : Gender.MALE, i % 3 == 2 ? Ethnicity.MIXED : Ethnicity.WHITE, null,
                14 + i % 4, i % 2 == 0 ? RiskLevel.MEDIUM : RiskLevel.HIGH, RiskLevel.MEDIUM, "CM" + (i % 3));
    }

    /** The first {@code relevant} cases that may be judged are judged, the first {@code yes} of them 'Yes'. */
    private static void judge(Application app, long id, List<AssessedCase> sampled, JsonNode standard,
                              SplittableRandom random) {
        String number = standard.get("number").asText();
        JsonNode figures = standard.get("keyQuestions");
        for (int q = 0; q < figures.size(); q++) {
            int yes = figures.get(q).get("yes").asInt();
            int relevant = figures.get(q).get("relevant").asInt();
            int judged = 0;
            for (AssessedCase c : sampled) {
                CaseViews.StandardForm form = app.assessments().show(id, c.sampleCaseId()).standards().stream()
                        .filter(s -> s.number().equals(number)).findFirst().orElse(null);
                if (form == null) {
                    continue;
                }
                CaseViews.KeyQuestionForm kq = form.keyQuestions().get(q);
                boolean mayJudge = kq.appliesTo() != Applicability.YOUTH_CONDITIONAL_CAUTIONS || c.youthConditionalCaution();
                String answer = !mayJudge || judged >= relevant ? "not_relevant" : judged < yes ? "yes" : "no";
                if (!answer.equals("not_relevant")) {
                    judged++;
                    for (CaseViews.PromptForm prompt : kq.prompts()) {
                        int roll = random.nextInt(10);
                        String given = roll < 7 ? "yes" : roll < 9 || !prompt.notApplicableAllowed() ? "no" : "not_applicable";
                        app.assessments().savePrompt(new SavePromptAnswerCommand(Answering.ref(id, c,
                                prompt.answer().revision(), LEAD), prompt.id(), given));
                    }
                }
                app.assessments().saveKeyQuestion(new SaveKeyQuestionAnswerCommand(Answering.ref(id, c,
                        kq.answer().revision(), LEAD), kq.id(), answer));
            }
            if (judged != relevant) {
                throw new IllegalStateException(number + " key question " + (q + 1) + ": only " + judged
                        + " cases could be judged, the seed has " + relevant);
            }
        }
    }

    private static void rate(Application app, long id, JsonNode seed) {
        for (OrganisationView.QualitativeStandard standard : app.organisation().show(id).standards()) {
            for (JsonNode published : seed.get("standards")) {
                if (published.get("number").asText().equals(standard.number())) {
                    app.organisation().propose(new ProposeRatingCommand(new RecordRef(id,
                            standard.proposedRating().revision(), LEAD), standard.number(),
                            published.get("rating").asText(), "as the seed report rated it"));
                }
            }
        }
        for (PanelView.StandardLine line : app.panel().show(id).standards()) {
            if (line.finalRating() != null) {
                app.panel().decide(new DecideCommand(id, line.number(), line.finalRating().label(), "confirmed",
                        line.decision().revision(), LEAD));
            }
        }
    }
}
