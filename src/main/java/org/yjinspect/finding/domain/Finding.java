package org.yjinspect.finding.domain;

import java.util.Objects;

/**
 * One strength or one area for improvement of one domain of the framework (1 organisational
 * delivery, 2 court disposals, 3 out-of-court disposals, 4 resettlement), its place in its list
 * (1, 2, 3... within the domain and kind) and what it says.
 */
public record Finding(long id, int domain, FindingKind kind, int position, String text) {
    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Whether the two belong to the same list: the same domain and kind. */
    public boolean sameListAs(int otherDomain, FindingKind otherKind) {
        return domain == otherDomain && kind == otherKind;
    }

    Finding at(int newPosition) {
        return newPosition == position ? this : new Finding(id, domain, kind, newPosition, text);
    }
}
