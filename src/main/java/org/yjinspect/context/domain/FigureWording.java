package org.yjinspect.context.domain;

import org.yjinspect.platform.input.TextRule;

/**
 * The text rules of an entered figure, the project's one rule set for typed text: label, value
 * and source are each one line of plain text ({@link TextRule#NAME}), required and length-limited.
 * The value is kept as written, since sources give rates, counts and ratios in their own forms.
 */
public final class FigureWording {
    public static final int LONGEST_LABEL = 200;
    public static final int LONGEST_VALUE = 60;
    public static final int LONGEST_SOURCE = 300;

    private FigureWording() {
    }

    public static String label(String label) {
        return TextRule.NAME.checked("the figure's label", label, LONGEST_LABEL, true);
    }

    public static String value(String value) {
        return TextRule.NAME.checked("the figure's value", value, LONGEST_VALUE, true);
    }

    public static String source(String source) {
        return TextRule.NAME.checked("the figure's source", source, LONGEST_SOURCE, true);
    }
}
