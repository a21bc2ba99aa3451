package org.yjinspect.cli;

import org.yjinspect.rating.app.RatingRuleBroken;

/** Names where in the input a broken rating rule sits, as "standard 2.1: panel.rating". */
final class RuleBreakLocation {
    private RuleBreakLocation() {
    }

    static String path(RatingRuleBroken broken) {
        return "standard " + broken.standardNumber() + ": " + broken.field();
    }
}
