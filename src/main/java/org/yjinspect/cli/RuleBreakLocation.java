package org.yjinspect.cli;

import org.yjinspect.rating.app.RateInspectionCommand;
import org.yjinspect.rating.app.RatingRuleBroken;

/** Names where in the input file a broken rating rule sits, e.g. "standards[1].panel.rating". */
final class RuleBreakLocation {
    private RuleBreakLocation() {
    }

    static String path(RatingRuleBroken broken, RateInspectionCommand command) {
        for (int i = 0; i < command.standards().size(); i++) {
            if (command.standards().get(i).number().equals(broken.standardNumber())) {
                return "standards[" + i + "]." + broken.field() + " (standard " + broken.standardNumber() + ")";
            }
        }
        return "standard " + broken.standardNumber() + ": " + broken.field();
    }
}
