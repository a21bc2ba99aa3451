package org.yjinspect.library.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.rating.domain.Rating;

/**
 * What a report read again says differently from the inspection the library holds, field by
 * field, in the words of the ratings page ("standard 2.1 rating: Good -> Requires improvement").
 * Only the figures count: the service's name as printed (one service, named as
 * {@link ServiceKeyPolicy} folds it), the file's name, when it was added and the importer's
 * warnings are not the inspection's figures, so a report converted by another tool, or naming
 * the service "YJS" for "Youth Justice Service", with the same figures is the same inspection.
 */
public final class LibraryDifferences {
    private static final String NONE = "none";

    private LibraryDifferences() {
    }

    /** Every difference, held value first; empty when the figures are the same. */
    public static List<String> between(LibraryInspection held, LibraryInspection read) {
        List<String> out = new ArrayList<>();
        field(out, "framework version", held, read, i -> i.frameworkVersion().label());
        field(out, "score", held, read, LibraryDifferences::score);
        field(out, "overall rating", held, read, i -> label(i.overallRating()));
        field(out, "court cases inspected", held, read, i -> i.cases().court());
        field(out, "out-of-court cases inspected", held, read, i -> i.cases().outOfCourt());
        field(out, "resettlement cases inspected", held, read, i -> i.cases().resettlement());
        Set<String> numbers = new LinkedHashSet<>();
        held.standards().forEach(s -> numbers.add(s.number()));
        read.standards().forEach(s -> numbers.add(s.number()));
        numbers.forEach(n -> standard(out, n, held.standard(n), read.standard(n)));
        return List.copyOf(out);
    }

    private static void standard(List<String> out, String number, Optional<LibraryStandard> held,
                                 Optional<LibraryStandard> read) {
        if (held.isEmpty() || read.isEmpty()) {
            out.add("standard " + number + ": " + (held.isEmpty() ? "not printed -> printed" : "printed -> not printed"));
            return;
        }
        String was = label(held.get().rating());
        String now = label(read.get().rating());
        if (!was.equals(now)) {
            out.add("standard " + number + " rating: " + was + " -> " + now);
        }
        List<LibraryKeyQuestion> before = held.get().keyQuestions();
        List<LibraryKeyQuestion> after = read.get().keyQuestions();
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            LibraryKeyQuestion b = i < before.size() ? before.get(i) : null;
            LibraryKeyQuestion a = i < after.size() ? after.get(i) : null;
            String shownB = b == null ? "not printed" : figure(b.figure());
            String shownA = a == null ? "not printed" : figure(a.figure());
            if (!shownB.equals(shownA)) {
                out.add("key question " + number + " '" + (b != null ? b.text() : a.text()) + "': " + shownB + " -> "
                        + shownA);
            }
        }
    }

    private static void field(List<String> out, String name, LibraryInspection held, LibraryInspection read,
                              Function<LibraryInspection, Object> value) {
        String was = Objects.toString(value.apply(held), NONE);
        String now = Objects.toString(value.apply(read), NONE);
        if (!was.equals(now)) {
            out.add(name + ": " + was + " -> " + now);
        }
    }

    private static String score(LibraryInspection i) {
        return i.score() == null ? NONE : i.score() + (i.maxScore() == null ? "" : "/" + i.maxScore());
    }

    private static String label(Rating rating) {
        return rating == null ? "not rated" : rating.label();
    }

    /** A figure as compared: "6 of 8 (75%)", "75%", or "no figure". */
    static String figure(CaseFigure f) {
        if (f == null) {
            return "no figure";
        }
        if (f.hasCounts()) {
            return f.yes() + " of " + f.relevant() + (f.percent() == null ? "" : " (" + f.percent() + "%)");
        }
        return f.percent() != null ? f.percent() + "%" : f.yes() == null ? "no figure" : f.yes() + " 'Yes'";
    }
}
