package org.yjinspect.caseload.domain;

import java.util.Arrays;
import java.util.List;
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

    /** One accepted value: its code, its label and the other spellings a case management system may export. */
    public record Spelling(String code, String label, List<String> others) {
        public Spelling(String code, String label, String... others) {
            this(code, label, List.of(others));
        }
    }

    /** A controlled value; enums implement it by holding their {@link Spelling}. */
    public interface Term {
        Spelling spelling();

        default String code() {
            return spelling().code();
        }

        default String label() {
            return spelling().label();
        }

        default String[] spellings() {
            return spelling().others().toArray(String[]::new);
        }
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
