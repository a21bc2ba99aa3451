package org.yjinspect.caseload.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the controlled values of a case management export. Values are matched without regard
 * to case, spaces, hyphens or underscores, so "Very high", "very_high" and "VERY-HIGH" are the
 * same; anything else is refused, which keeps free text out of coded columns.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** One accepted value: its code and the spellings a case management system may export. */
    public interface Term {
        String code();

        String label();

        String[] spellings();
    }

    public static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }

    public static <E extends Enum<E> & Term> Optional<E> find(Class<E> type, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String wanted = normalise(raw);
        return Arrays.stream(type.getEnumConstants())
                .filter(term -> matches(term, wanted))
                .findFirst();
    }

    public static <E extends Enum<E> & Term> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Term::code).collect(Collectors.joining(", "));
    }

    private static boolean matches(Term term, String wanted) {
        if (normalise(term.code()).equals(wanted) || normalise(term.label()).equals(wanted)) {
            return true;
        }
        return Arrays.stream(term.spellings()).anyMatch(s -> normalise(s).equals(wanted));
    }
}
