package org.yjinspect.library.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.export.domain.Column.Kind;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.rating.domain.Rating;

/**
 * The columns of the library's export, one row per inspection: the inspection's facts, then a
 * rating column for every standard of either framework version (a number whose standard is not
 * the same in both, such as 3.4, gets one column per version, so nothing is mixed; blank where a
 * version lacks the standard), then the % and n of every key question of either version (n, the
 * relevant cases, only where the report counted them), then the cases inspected.
 */
public final class LibraryColumns {
    /** One column and how an inspection fills it. */
    public record LibraryColumn(Column column, Function<LibraryInspection, Cell> cell) {
    }

    private LibraryColumns() {
    }

    public static List<LibraryColumn> of(List<Framework> frameworks) {
        List<LibraryColumn> columns = new ArrayList<>(LibraryFacts.COLUMNS);
        Map<String, List<Standard>> byNumber = new LinkedHashMap<>();
        frameworks.forEach(f -> f.standards().forEach(s -> byNumber.computeIfAbsent(s.number(), n -> new ArrayList<>())
                .add(s)));
        byNumber.values().stream().sorted((a, b) -> a.get(0).number().compareTo(b.get(0).number()))
                .forEach(same -> columns.addAll(ratings(same, frameworks)));
        Map<String, KeyQuestion> questions = new LinkedHashMap<>();
        Map<String, Standard> standardOf = new LinkedHashMap<>();
        frameworks.forEach(f -> f.standards().forEach(s -> s.keyQuestions().forEach(kq -> {
            questions.putIfAbsent(kq.id(), kq);
            standardOf.putIfAbsent(kq.id(), s);
        })));
        questions.keySet().stream().sorted((a, b) -> standardOf.get(a).number().compareTo(standardOf.get(b).number()))
                .forEach(id -> columns.addAll(LibraryFacts.keyQuestion(standardOf.get(id), questions.get(id))));
        columns.addAll(LibraryFacts.CASES);
        return List.copyOf(columns);
    }

    /** One column when every version names the standard alike, else one per version. */
    private static List<LibraryColumn> ratings(List<Standard> same, List<Framework> frameworks) {
        Standard first = same.get(0);
        boolean alike = same.stream().allMatch(s -> s.name().equals(first.name()));
        if (alike) {
            String versions = same.size() == frameworks.size() ? "" : " (" + versionsOf(first, frameworks) + " only)";
            return List.of(rating("standard_" + first.number() + "_rating", first, versions, null));
        }
        List<LibraryColumn> columns = new ArrayList<>();
        for (Framework f : frameworks) {
            f.standard(first.number()).ifPresent(s -> columns.add(rating("standard_" + s.number() + "_"
                    + f.version().label() + "_rating", s, " (" + f.version().label() + " framework only)", f)));
        }
        return columns;
    }

    private static LibraryColumn rating(String name, Standard standard, String versions, Framework only) {
        String meaning = "The published rating of standard " + standard.number() + " " + standard.name() + versions
                + (standard.number().startsWith("4.") ? "; resettlement, rated apart and not in the score" : "")
                + "; blank when the report prints none or the inspection's framework has no such standard";
        Column column = new Column(name, Kind.PUBLISHED_FIGURE, standard.number(), null, standard.name(),
                "Outstanding, Good, Requires improvement, Inadequate, or blank", meaning);
        return new LibraryColumn(column, i -> {
            if (only != null && i.frameworkVersion() != only.version()) {
                return Cell.EMPTY;
            }
            Rating rating = i.standard(standard.number()).map(LibraryStandard::rating).orElse(null);
            return rating == null ? Cell.EMPTY : Cell.text(rating.label());
        });
    }

    private static String versionsOf(Standard standard, List<Framework> frameworks) {
        return String.join(", ", frameworks.stream().filter(f -> f.standard(standard.number()).isPresent())
                .map(f -> f.version().label()).toList()) + " framework";
    }
}
