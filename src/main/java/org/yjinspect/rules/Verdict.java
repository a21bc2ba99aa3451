package org.yjinspect.rules;

/** What a rule that allows or refuses something decided. */
public enum Verdict {
    ALLOWED, REFUSED
}
