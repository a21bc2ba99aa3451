package org.yjinspect.comparison.domain;

import java.util.Objects;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * Where a live percentage sits among the library's figures for the same key question: how many
 * published inspections print a higher percentage, the same (a tie, said as a tie), and a lower
 * one. Compared in whole percentages, as reports print them, so that a live 57.9% and a printed
 * 58% are the same figure on paper.
 */
public record Placement(FrameworkVersion version, int percent, int higher, int same, int lower) {
    public Placement {
        Objects.requireNonNull(version, "version");
        if (higher < 0 || same < 0 || lower < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    public static Placement of(int percent, PercentSpread library) {
        int higher = 0;
        int same = 0;
        int lower = 0;
        for (int figure : library.percents()) {
            if (figure > percent) {
                higher++;
            } else if (figure == percent) {
                same++;
            } else {
                lower++;
            }
        }
        return new Placement(library.version(), percent, higher, same, lower);
    }

    /** The number of published inspections placed against. */
    public int n() {
        return higher + same + lower;
    }
}
