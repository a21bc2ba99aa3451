package org.yjinspect.secondreading.app;

import java.util.List;
import org.yjinspect.agreement.domain.SecondReadItem;

/**
 * What the agreement statistics are computed on: every item of every case whose two readings are
 * both submitted, first and second answer paired (the first reading as it stood when both were
 * submitted). {@code cases} is how many cases that is.
 */
public record AgreementView(long inspectionId, int cases, List<SecondReadItem> items) {
    public AgreementView {
        items = List.copyOf(items);
    }
}
