package org.yjinspect.agreement.domain;

import java.util.Objects;

/**
 * One item of one case read twice: the first reader's answer and the second reader's, as
 * category names ("YES", "NO", "NOT_APPLICABLE", "NOT_RELEVANT", a classification's level...).
 * "Not applicable" and "not relevant" are categories of their own, never left out. An item with no
 * answer in either reading is not paired: the caller leaves it out rather than inventing one, and
 * a blank answer is refused when the figures are worked out (docs/agreement.md).
 */
public record PairedAnswer(String first, String second) {
    public PairedAnswer {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean agree() {
        return first.equals(second);
    }
}
