package org.yjinspect.context.domain;

import java.util.List;

/**
 * The contextual facts of an inspection: the caseload's size and profile, and the figures entered.
 * With no caseload imported the profile is empty (not recorded), never a table of noughts.
 */
public record ContextualFactsView(long caseloadSize, List<ProfileTable> profile, List<EnteredFigure> figures) {
    public ContextualFactsView {
        profile = List.copyOf(profile);
        figures = List.copyOf(figures);
    }
}
