package org.yjinspect.framework.domain;

/** The kinds of children's cases an inspection samples. */
public enum CaseType {
    COURT_DISPOSAL,
    OUT_OF_COURT_DISPOSAL,
    RESETTLEMENT
}
