package org.yjinspect.sampling.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.yjinspect.caseload.domain.CaseTypes;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.sampling.domain.WindowCount;

/**
 * A refused draw or discard: {@code error} is the reason (as on every error), {@code rule} the
 * rule that refused; for a draw, each case type's window as dates with its eligible cases.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RefusalJson(String error, String rule, boolean refused, List<Window> eligibilityWindows) {
    /** One case type's window. */
    public record Window(String caseType, String months, LocalDate from, LocalDate to, int eligible, int planned) {
    }

    public static RefusalJson of(Ruling<Verdict> ruling, List<WindowCount> windows) {
        return new RefusalJson(ruling.reason(), ruling.rule(), true, windows.stream().map(w -> new Window(
                CaseTypes.code(w.caseType()), w.months(), w.from(), w.to(), w.eligible(), w.planned())).toList());
    }
}
