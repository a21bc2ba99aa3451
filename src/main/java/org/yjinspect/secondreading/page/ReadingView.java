package org.yjinspect.secondreading.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.platform.page.FormError;
import org.yjinspect.secondreading.app.SecondReadingForm;
import org.yjinspect.secondreading.domain.ReadingState;

/**
 * One showing of the second reader's form: their reading (never the first reader's answers), the
 * case's facts, the standard shown, whether they may still change it, and the last post's errors
 * with what was given for the fields shown again.
 */
public final class ReadingView {
    private final SecondReadingForm form;
    private final AssessedCase assessed;
    private final SecondReadingForm.StandardForm current;
    private final boolean editable;
    private final boolean locked;
    final List<FormError> errors = new ArrayList<>();
    final Map<String, String> kept = new HashMap<>();
    String done;

    ReadingView(SecondReadingForm form, AssessedCase assessed, String standard, boolean editable, boolean locked) {
        this.form = form;
        this.assessed = assessed;
        this.current = form.standards().stream().filter(s -> s.number().equals(standard)).findFirst()
                .orElse(form.standards().isEmpty() ? null : form.standards().get(0));
        this.editable = editable && form.chosen().secondReading() != ReadingState.SUBMITTED;
        this.locked = locked;
    }

    public SecondReadingForm form() {
        return form;
    }

    public AssessedCase assessed() {
        return assessed;
    }

    public SecondReadingForm.StandardForm current() {
        return current;
    }

    public boolean editable() {
        return editable;
    }

    public boolean locked() {
        return locked;
    }

    public List<FormError> errors() {
        return errors;
    }

    public String done() {
        return done;
    }

    public String error(String field) {
        return FormError.about(errors, field);
    }

    /** What the person gave, when the field is shown again, else what is stored. */
    public String value(String field, Enum<?> stored) {
        return kept.getOrDefault(field, stored == null ? "" : org.yjinspect.assessment.page.Words.value(stored));
    }

    /** What the person gave for a field shown again, else {@code stored} (already in the form's words). */
    public String given(String field, String stored) {
        return kept.getOrDefault(field, stored == null ? "" : stored);
    }

    public String path() {
        return "/inspections/" + assessed.inspectionId() + "/second-reading/cases/" + assessed.sampleCaseId();
    }

    public String api() {
        return "/api/inspections/" + assessed.inspectionId() + "/second-reading/cases/" + assessed.sampleCaseId()
                + "/answers";
    }

    /** Prompts and key questions of the whole reading still to answer. */
    public long stillToAnswer() {
        return form.standards().stream().flatMap(s -> s.keyQuestions().stream()).mapToLong(k -> (k.answer() == null
                ? 1 : 0) + k.prompts().stream().filter(p -> p.answer() == null).count()).sum();
    }

    /** This showing (of the answers as now stored) with the errors and given values of the one before. */
    ReadingView keep(ReadingView before) {
        errors.addAll(before.errors);
        kept.putAll(before.kept);
        return this;
    }
}
