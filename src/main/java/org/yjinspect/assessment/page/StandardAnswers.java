package org.yjinspect.assessment.page;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yjinspect.assessment.app.AssessmentService;
import org.yjinspect.assessment.app.CaseRef;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.app.SaveEvidenceCommand;
import org.yjinspect.assessment.app.SaveKeyQuestionAnswerCommand;
import org.yjinspect.assessment.app.SavePromptAnswerCommand;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.records.app.StaleRecord;
import org.yjinspect.records.domain.Actor;

/**
 * One standard's form posted whole (without JavaScript): each answer that differs from what the
 * form was showing is saved on its own through the same use case as the API, based on the
 * revision the form was showing. An answer someone else changed meanwhile becomes a
 * {@link Conflict} (unless they gave the same answer); a refused answer becomes a {@link FormError}.
 * Field names: {@code p:PROMPT}, {@code k:KEY-QUESTION}, {@code e:KEY-QUESTION} (note) and
 * {@code e:KEY-QUESTION:good}; each with {@code :rev} (the revision shown) and {@code :was} (the value shown).
 */
final class StandardAnswers {
    private final AssessmentService assessments;
    private final Context ctx;
    private final long inspectionId;
    private final long sampleCaseId;
    private final Actor actor;
    final List<Conflict> conflicts = new ArrayList<>();
    final List<FormError> errors = new ArrayList<>();
    /** What the person gave for the fields shown again (conflicts and refusals), by field name. */
    final Map<String, String> kept = new HashMap<>();
    int saved;

    StandardAnswers(AssessmentService assessments, Context ctx, long inspectionId, long sampleCaseId, Actor actor) {
        this.assessments = assessments;
        this.ctx = ctx;
        this.inspectionId = inspectionId;
        this.sampleCaseId = sampleCaseId;
        this.actor = actor;
    }

    void save(CaseViews.StandardForm standard) {
        for (CaseViews.KeyQuestionForm kq : standard.keyQuestions()) {
            for (CaseViews.PromptForm prompt : kq.prompts()) {
                String name = "p:" + prompt.id();
                answer(name, prompt.text(), (ref, given) -> assessments.savePrompt(
                        new SavePromptAnswerCommand(ref, prompt.id(), given)));
            }
            answer("k:" + kq.id(), kq.text(), (ref, given) -> assessments.saveKeyQuestion(
                    new SaveKeyQuestionAnswerCommand(ref, kq.id(), given)));
            evidence(kq);
        }
    }

    private interface Save {
        void apply(CaseRef ref, String given);
    }

    private void answer(String name, String question, Save save) {
        String given = text(name);
        if (given.equals(text(name + ":was")) && !asked(name)) {
            return;
        }
        if ("theirs".equals(ctx.formParam("c:" + name))) {
            return;
        }
        if (asked(name) && ctx.formParam("c:" + name) == null) {
            kept.put(name, given);
            errors.add(new FormError("c:" + name, "Choose whether to keep your answer or take the other one for \""
                    + question + "\""));
            return;
        }
        try {
            save.apply(ref(name), given);
            saved++;
        } catch (StaleRecord stale) {
            conflict(name, question, Words.answer(given), given, stale);
        } catch (Problem | InspectionLocked refused) {
            kept.put(name, given);
            errors.add(new FormError(name, refused.getMessage()));
        }
    }

    private void evidence(CaseViews.KeyQuestionForm kq) {
        String name = "e:" + kq.id();
        String note = text(name);
        boolean good = ctx.formParam(name + ":good") != null;
        boolean wasGood = "true".equals(ctx.formParam(name + ":wasgood"));
        if (note.equals(text(name + ":was")) && good == wasGood && !asked(name)
                || "theirs".equals(ctx.formParam("c:" + name))) {
            return;
        }
        try {
            assessments.saveEvidence(new SaveEvidenceCommand(ref(name), kq.id(), note, good));
            saved++;
        } catch (StaleRecord stale) {
            kept.put(name + ":good", String.valueOf(good));
            conflict(name, "Evidence for " + kq.text(), note, note, stale);
        } catch (Problem | InspectionLocked refused) {
            kept.put(name, note);
            kept.put(name + ":good", String.valueOf(good));
            errors.add(new FormError(name, refused.getMessage()));
        }
    }

    private void conflict(String name, String question, String mine, String given, StaleRecord stale) {
        String theirs = theirs(stale.current());
        if (Objects.equals(theirs, given)) {
            return;
        }
        CaseRecords.Revised current = (CaseRecords.Revised) stale.current();
        kept.put(name, given);
        java.time.Instant at = stale.current() instanceof CaseRecords.PromptAnswerRecord p ? p.updatedAt()
                : stale.current() instanceof CaseRecords.KeyQuestionAnswerRecord k ? k.updatedAt()
                : stale.current() instanceof CaseRecords.Evidence e ? e.updatedAt() : null;
        String theirWords = stale.current() instanceof CaseRecords.Evidence ? theirs : Words.answer(theirs);
        conflicts.add(new Conflict(name, question, mine, theirWords, current.updatedBy(), at, current.revision()));
    }

    private static String theirs(Object current) {
        if (current instanceof CaseRecords.PromptAnswerRecord p) {
            return Words.value(p.answer());
        }
        if (current instanceof CaseRecords.KeyQuestionAnswerRecord k) {
            return Words.value(k.answer());
        }
        return current instanceof CaseRecords.Evidence e ? e.note() : null;
    }

    private boolean asked(String name) {
        return ctx.formParam("c:" + name + ":asked") != null;
    }

    private CaseRef ref(String name) {
        int revision;
        try {
            revision = Integer.parseInt(text(name + ":rev"));
        } catch (NumberFormatException e) {
            revision = -1;
        }
        return new CaseRef(inspectionId, sampleCaseId, Math.max(revision, 0), actor);
    }

    private String text(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
