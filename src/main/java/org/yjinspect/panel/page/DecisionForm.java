package org.yjinspect.panel.page;

import org.yjinspect.panel.app.PanelDecisions;

/**
 * One standard's decision form as it is shown again after a refusal: what the panel member gave,
 * why it was not saved, and for a stale form the decision someone else recorded meanwhile.
 *
 * @param rating       the rating the panel member chose (a label), or null
 * @param rationale    the rationale they wrote
 * @param baseRevision the revision the next post is based on
 * @param error        why it was not saved
 * @param current      the decision recorded in the meantime (a stale post), or null
 */
public record DecisionForm(String rating, String rationale, int baseRevision, String error,
                           PanelDecisions.Decision current) {
    public boolean stale() {
        return current != null;
    }

    public boolean chosen(String label) {
        return label.equals(rating);
    }
}
