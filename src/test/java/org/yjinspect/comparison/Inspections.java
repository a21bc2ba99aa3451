package org.yjinspect.comparison;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.rating.domain.Rating;

/** Small hand-made library inspections for arithmetic checked by hand: one standard each, figures as given. */
public final class Inspections {
    private Inspections() {
    }

    /** An inspection printing one standard with its rating and its key questions' percentages (null: no figure). */
    public static LibraryInspection printing(long id, FrameworkVersion version, String number, Rating rating,
                                             Integer... percents) {
        Standard standard = FrameworkCatalogue.load(version).standard(number).orElseThrow();
        List<LibraryKeyQuestion> kqs = new ArrayList<>();
        for (int i = 0; i < percents.length; i++) {
            KeyQuestion kq = standard.keyQuestions().get(i);
            kqs.add(new LibraryKeyQuestion(kq.id(), kq.text(), percents[i] == null ? null : CaseFigure.printed(percents[i])));
        }
        return inspection(id, "Service " + id, YearMonth.of(2022, 1).plusMonths(id), version,
                List.of(new LibraryStandard(number, standard.name(), rating, kqs)));
    }

    public static LibraryInspection inspection(long id, String service, YearMonth published, FrameworkVersion version,
                                               List<LibraryStandard> standards) {
        return new LibraryInspection(id, service, HeldLibrary.key(service), published, version, null, null,
                Rating.GOOD, standards, null, List.of(), "test.pdf", Instant.parse("2026-01-01T00:00:00Z"));
    }
}
