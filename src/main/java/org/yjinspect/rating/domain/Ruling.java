package org.yjinspect.rating.domain;

import java.util.Objects;

/**
 * What a named rule decided and why. Every published rule returns one, so that the ratings
 * page, the ratings panel and the audit trail can cite the rule and its reason.
 *
 * @param value  the result (a rating, a score ...); may be null when the rule decides "not rated"
 * @param rule   the rule's name, in the inspectorate's words
 * @param reason one sentence a reader of the report would accept as the explanation
 */
public record Ruling<T>(T value, String rule, String reason) {
    public Ruling {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reason, "reason");
    }
}
