package org.yjinspect.published.domain;

/**
 * When the fieldwork took place, as precisely as printed: {@code start} and {@code end} are
 * ISO dates ("2020-09-21") or months ("2022-03"), null where not stated; {@code statement} is
 * what the report says.
 */
public record Fieldwork(String start, String end, String statement) {
    public boolean known() {
        return start != null || end != null;
    }
}
