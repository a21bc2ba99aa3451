package org.yjinspect.agreement.domain;

import java.util.Comparator;

/**
 * The order of the framework's numbers and ids: "2.1" before "2.10", "2.1.desistance.b" before
 * "2.1.desistance.c". Dotted parts that are whole numbers compare as numbers, others as text;
 * a shorter id comes before the ids it begins; no id (null) comes first.
 */
final class FrameworkOrder {
    static final Comparator<String> BY_NUMBER = Comparator.nullsFirst(FrameworkOrder::compare);

    private FrameworkOrder() {
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.", -1);
        String[] right = b.split("\\.", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int part = comparePart(left[i], right[i]);
            if (part != 0) {
                return part;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int comparePart(String a, String b) {
        boolean numbers = isNumber(a) && isNumber(b);
        if (numbers) {
            int byValue = new java.math.BigInteger(a).compareTo(new java.math.BigInteger(b));
            if (byValue != 0) {
                return byValue;
            }
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(String part) {
        return !part.isEmpty() && part.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
