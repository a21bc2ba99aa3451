package org.yjinspect.context.domain;

/**
 * A national or local figure entered beside the profile: what it is, its value as the source gives
 * it (kept as written: "34.9%", "262,839", "223 per 100,000"), and where it comes from.
 */
public record EnteredFigure(long id, String label, String value, String source) {
}
