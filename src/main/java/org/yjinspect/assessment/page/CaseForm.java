package org.yjinspect.assessment.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.assessment.app.CaseViews;
import org.yjinspect.assessment.domain.CaseRecords;
import org.yjinspect.platform.page.FormError;

/**
 * What one showing of a case's form holds beyond the stored answers: which standard, whether a
 * save just succeeded, the conflicts and refusals of the last post, and what the person gave
 * for the fields shown again (so nothing they typed is lost).
 */
public final class CaseForm {
    String standard;
    private final boolean saved;
    final List<Conflict> conflicts = new ArrayList<>();
    final List<FormError> errors = new ArrayList<>();
    final Map<String, String> kept = new HashMap<>();
    /** The revision a field's next save is based on, when it is shown again after someone else changed it. */
    final Map<String, Integer> revisions = new HashMap<>();
    private CaseViews.StandardForm current;

    private CaseForm(String standard, boolean saved) {
        this.standard = standard;
        this.saved = saved;
    }

    static CaseForm shown(String standard, boolean saved) {
        return new CaseForm(standard, saved);
    }

    /** The standard asked for, or the case's first when none (or one it has not) was asked for. */
    void choose(List<CaseViews.StandardForm> standards) {
        current = standards.stream().filter(s -> s.number().equals(standard)).findFirst()
                .orElse(standards.isEmpty() ? null : standards.get(0));
        standard = current == null ? null : current.number();
    }

    public CaseViews.StandardForm current() {
        return current;
    }

    public String standard() {
        return standard;
    }

    public boolean saved() {
        return saved;
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }

    public List<FormError> errors() {
        return errors;
    }

    /**
     * The error summary's lines: the refusals, then one per conflict, leading to the choice
     * between the person's answer and the other one.
     */
    public List<FormError> summary() {
        List<FormError> lines = new ArrayList<>(errors);
        // Worded so that it starts with a capital of its own: a username keeps its case.
        conflicts.forEach(x -> lines.add(new FormError("c:" + x.field(), "While you were working, " + x.by()
                + " changed \"" + x.question() + "\": choose whether to keep your answer or take theirs")));
        return lines;
    }

    public Conflict conflict(String field) {
        return conflicts.stream().filter(c -> c.field().equals(field)).findFirst().orElse(null);
    }

    public String error(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FormError::message).findFirst().orElse(null);
    }

    /** The value to show: what the person gave, when it is shown again, else the stored one. */
    public String value(String field, String stored) {
        return kept.getOrDefault(field, stored == null ? "" : stored);
    }

    /** The revision the field's next save is based on: the one now stored when it is in conflict. */
    public int revision(String field, CaseRecords.Revised stored) {
        Conflict c = conflict(field);
        return c != null ? c.currentRevision() : revisions.getOrDefault(field, stored.revision());
    }

    /** What the form was showing as stored, so only changed answers are saved. */
    public String was(String field, String stored) {
        return stored == null ? "" : stored;
    }

    /** Key questions of the standard not yet judged. */
    public long unjudged() {
        return current == null ? 0 : current.keyQuestions().stream().filter(k -> k.answer().answer() == null).count();
    }

    /** Prompts of the standard not yet answered. */
    public long unanswered() {
        return current == null ? 0 : current.keyQuestions().stream().flatMap(k -> k.prompts().stream())
                .filter(p -> p.answer().answer() == null).count();
    }
}
