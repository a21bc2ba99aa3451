package org.yjinspect.panel.page;

import java.util.List;
import java.util.Optional;
import org.yjinspect.panel.app.PanelView;
import org.yjinspect.rating.app.KeyQuestionResult;
import org.yjinspect.rating.app.StandardResult;
import org.yjinspect.rating.domain.Rating;

/**
 * One standard as the panel page shows it: the panel's line (computed rating, triggers,
 * decision), the key question figures behind it, and its form (fresh, or as posted when refused).
 */
public record StandardCard(PanelView.StandardLine line, StandardResult result, DecisionForm form) {
    /** The ratings a panel member may choose from, highest first as the framework lists them. */
    public static final List<Rating> CHOICES = List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT,
            Rating.INADEQUATE);

    /** The anchor of the standard on the page ("standard-2-1"). */
    public String anchor() {
        return "standard-" + line.number().replace('.', '-');
    }

    public List<KeyQuestionResult> keyQuestions() {
        return result.keyQuestions();
    }

    public boolean driving(KeyQuestionResult keyQuestion) {
        return result.drivingKeyQuestion().map(kq -> kq == keyQuestion).orElse(false);
    }

    /** Whether there is a rating for the panel to confirm or move. */
    public boolean decidable() {
        return line.computedRating() != null;
    }

    public boolean decided() {
        return line.decision().rating() != null;
    }

    /** The rating the form starts on: as posted, else the decision recorded, else the computed one. */
    public boolean checked(Rating rating) {
        if (form != null) {
            return form.chosen(rating.label());
        }
        Rating start = decided() ? line.decision().rating() : line.computedRating();
        return rating == start;
    }

    public String rationale() {
        return form != null ? form.rationale() : line.decision().rationale();
    }

    public int baseRevision() {
        return form != null ? form.baseRevision() : line.decision().revision();
    }

    public Optional<String> error() {
        return Optional.ofNullable(form).map(DecisionForm::error);
    }

    public String label(Rating rating) {
        return rating == null ? "Not rated" : rating.label();
    }
}
