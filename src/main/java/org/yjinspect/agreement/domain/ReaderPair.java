package org.yjinspect.agreement.domain;

import java.util.Objects;

/**
 * Two readers in order: who read the cases first (the allocated assessor) and who read them second.
 * The order is kept (A then B is a different pair from B then A) because the two roles differ: the
 * first reading is the live one and the second reader reads knowing they are checking. Kappa, AC1
 * and observed agreement do not depend on the order, so nothing is lost by keeping it.
 */
public record ReaderPair(String firstReader, String secondReader) implements Comparable<ReaderPair> {
    public ReaderPair {
        Objects.requireNonNull(firstReader, "firstReader");
        Objects.requireNonNull(secondReader, "secondReader");
    }

    @Override
    public int compareTo(ReaderPair other) {
        int first = firstReader.compareTo(other.firstReader);
        return first != 0 ? first : secondReader.compareTo(other.secondReader);
    }
}
