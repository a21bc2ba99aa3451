package org.yjinspect.library.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.export.domain.Column.Kind;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.library.domain.LibraryColumns.LibraryColumn;
import org.yjinspect.published.domain.CaseFigure;

/** The library export's columns of facts, key-question figures and case counts ({@link LibraryColumns}). */
final class LibraryFacts {
    private static final String BLANK = ", or blank when the report does not print it";
    static final List<LibraryColumn> COLUMNS = List.of(
            text("service", "the service's name as its report prints it", "The service inspected",
                    LibraryInspection::service),
            text("service_key", "lower-case words joined by hyphens", "The service's name folded so that one service"
                    + " is one key however its reports name it (docs/library.md)", LibraryInspection::serviceKey),
            text("published", "yyyy-mm", "The month the report was published", i -> i.published().toString()),
            text("framework_version", "2018, 2021", "The version of the inspection framework the inspection used",
                    i -> i.frameworkVersion().label()),
            number("score", "a whole number from 0" + BLANK, "The score on the ratings page", LibraryInspection::score),
            number("max_score", "36" + BLANK, "The most the score could be", LibraryInspection::maxScore),
            text("overall_rating", "Outstanding, Good, Requires improvement, Inadequate" + BLANK,
                    "The overall rating", i -> i.overallRating() == null ? null : i.overallRating().label()),
            number("warnings", "a whole number", "How many warnings the importer gave (shown with the inspection)",
                    i -> i.warnings().size()),
            text("source", "a file name", "The file the figures were read from", LibraryInspection::source));
    static final List<LibraryColumn> CASES = List.of(
            number("cases_court", "a whole number" + BLANK, "Court disposal cases inspected", i -> i.cases().court()),
            number("cases_out_of_court", "a whole number" + BLANK, "Out-of-court disposal cases inspected",
                    i -> i.cases().outOfCourt()),
            number("cases_resettlement", "a whole number" + BLANK, "Resettlement cases inspected",
                    i -> i.cases().resettlement()));

    private LibraryFacts() {
    }

    /** The % and the n (relevant cases, where counted) of one key question of the framework. */
    static List<LibraryColumn> keyQuestion(Standard standard, KeyQuestion kq) {
        int position = standard.keyQuestions().indexOf(kq);
        Function<LibraryInspection, Optional<CaseFigure>> figure = i -> printed(i, standard, kq.id(), position);
        Column percent = new Column("kq_" + kq.id() + "_percent", Kind.PUBLISHED_FIGURE, standard.number(), kq.id(),
                kq.text(), "a whole number from 0 to 100, or blank", "The % of relevant cases judged 'Yes' on this key"
                + " question of standard " + standard.number() + " " + standard.name() + ", as printed or from the"
                + " counts printed (halves up)");
        Column n = new Column("kq_" + kq.id() + "_n", Kind.PUBLISHED_FIGURE, standard.number(), kq.id(), kq.text(),
                "a whole number, or blank", "The relevant cases the % is of; blank when the report printed only the %");
        return List.of(new LibraryColumn(percent, i -> figure.apply(i).map(CaseFigure::percent).map(LibraryFacts::cell)
                        .orElse(Cell.EMPTY)),
                new LibraryColumn(n, i -> figure.apply(i).filter(CaseFigure::hasCounts).map(CaseFigure::relevant)
                        .map(LibraryFacts::cell).orElse(Cell.EMPTY)));
    }

    /**
     * The inspection's figure for the key question: the one whose wording matched it, else, when
     * the standard printed as many key questions as the framework has and none matched, the one
     * in the same place.
     */
    private static Optional<CaseFigure> printed(LibraryInspection i, Standard standard, String id, int position) {
        Optional<LibraryStandard> printed = i.standard(standard.number());
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        List<LibraryKeyQuestion> questions = printed.get().keyQuestions();
        Optional<LibraryKeyQuestion> matched = questions.stream().filter(q -> id.equals(q.keyQuestionId())).findFirst();
        if (matched.isEmpty() && questions.size() == standard.keyQuestions().size()
                && questions.stream().allMatch(q -> q.keyQuestionId() == null)) {
            matched = Optional.of(questions.get(position));
        }
        return matched.map(LibraryKeyQuestion::figure);
    }

    private static Cell cell(Integer value) {
        return value == null ? Cell.EMPTY : Cell.number(value);
    }

    private static LibraryColumn text(String name, String values, String meaning,
                                      Function<LibraryInspection, String> value) {
        return new LibraryColumn(Column.of(name, Kind.PUBLISHED_FIGURE, values, meaning), i -> Cell.text(value.apply(i)));
    }

    private static LibraryColumn number(String name, String values, String meaning,
                                        Function<LibraryInspection, Integer> value) {
        return new LibraryColumn(Column.of(name, Kind.PUBLISHED_FIGURE, values, meaning), i -> cell(value.apply(i)));
    }
}
