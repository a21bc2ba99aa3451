package org.yjinspect.assessment.domain;

/** The outcome of a named rule that allows or refuses something, always with its reason. */
public record Check(boolean allowed, String rule, String reason) {
    public static Check allow(String rule, String reason) {
        return new Check(true, rule, reason);
    }

    public static Check refuse(String rule, String reason) {
        return new Check(false, rule, reason);
    }
}
