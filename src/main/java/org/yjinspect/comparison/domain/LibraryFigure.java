package org.yjinspect.comparison.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.published.domain.CaseFigure;

/**
 * One published inspection's figure for a key question, as a whole percentage as reports print it
 * (2021 reports print nothing else; a 2018 count "6 of 8" is 75%), with its relevant cases where
 * the report counts them (else null).
 */
public record LibraryFigure(long libraryId, String service, YearMonth published, int percent, Integer relevant) {
    public LibraryFigure {
        Objects.requireNonNull(service, "service");
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a percentage is between 0 and 100, was " + percent);
        }
    }

    /** The inspection's figure for the key question, or empty when it prints none that can be read. */
    public static Optional<LibraryFigure> of(LibraryInspection inspection, String keyQuestionId) {
        Optional<CaseFigure> figure = inspection.standard(standardOf(keyQuestionId)).stream()
                .flatMap(s -> s.keyQuestions().stream()).filter(kq -> keyQuestionId.equals(kq.keyQuestionId()))
                .map(LibraryKeyQuestion::figure).filter(Objects::nonNull).findFirst();
        return figure.flatMap(f -> wholePercent(f).map(p -> new LibraryFigure(inspection.id(), inspection.service(),
                inspection.published(), p, f.hasCounts() ? f.relevant() : null)));
    }

    /** The standard a key question belongs to: "2.1" of "2.1.desistance". */
    public static String standardOf(String keyQuestionId) {
        int second = keyQuestionId.indexOf('.', keyQuestionId.indexOf('.') + 1);
        return second < 0 ? keyQuestionId : keyQuestionId.substring(0, second);
    }

    /** The percentage as printed; for counts without one, worked out as a report prints it (halves up). */
    static Optional<Integer> wholePercent(CaseFigure figure) {
        if (figure.percent() != null && (figure.yes() == null || figure.hasCounts())) {
            return Optional.of(figure.percent());
        }
        if (figure.hasCounts() && figure.relevant() > 0) {
            return Optional.of((int) Math.round(100.0 * figure.yes() / figure.relevant()));
        }
        return Optional.empty();
    }
}
