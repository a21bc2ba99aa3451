package org.yjinspect.secondreading.app;

import java.util.Objects;
import java.util.Optional;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * What a second-reading use case did: the ruling of the rule that decided it (allowed, or refused
 * with its reason) and, when allowed, the result. A refusal is data: the API answers it with 403 or
 * 409 and the reason, a page shows the reason, the command line prints it and exits 2.
 */
public record Outcome<T>(Ruling<Verdict> ruling, T value) {
    public Outcome {
        Objects.requireNonNull(ruling, "ruling");
        if (ruling.allowed() && value == null) {
            throw new IllegalArgumentException("an allowed outcome carries its result");
        }
    }

    public static <T> Outcome<T> done(Ruling<Verdict> ruling, T value) {
        return new Outcome<>(ruling, value);
    }

    public static <T> Outcome<T> refused(Ruling<Verdict> ruling) {
        return new Outcome<>(ruling, null);
    }

    public boolean allowed() {
        return ruling.allowed();
    }

    public Optional<T> result() {
        return Optional.ofNullable(value);
    }

    /** The reason in one line: the rule's name and its reason, as the refusals of the rest of yjinspect read. */
    public String because() {
        return ruling.rule() + ": " + ruling.reason();
    }
}
