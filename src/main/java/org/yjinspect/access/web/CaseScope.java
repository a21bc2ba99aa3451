package org.yjinspect.access.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * Which cases of a list the request may see: all of them, or (for a local assessor) only those
 * allocated to them. Put on the request by {@link AccessGate} for a case-level route without a
 * {@code {sampleCaseId}}; the route filters its list through it.
 */
public final class CaseScope {
    static final String ATTRIBUTE = "yjinspect.caseScope";
    private static final CaseScope ALL = new CaseScope(null);
    private final Set<Long> only;

    private CaseScope(Set<Long> only) {
        this.only = only == null ? null : Set.copyOf(only);
    }

    static CaseScope all() {
        return ALL;
    }

    static CaseScope only(Set<Long> sampleCaseIds) {
        return new CaseScope(sampleCaseIds);
    }

    /** The request's scope; a route the gate did not scope sees nothing (fail closed). */
    public static CaseScope of(Context ctx) {
        CaseScope scope = ctx.attribute(ATTRIBUTE);
        return scope == null ? new CaseScope(Set.of()) : scope;
    }

    public boolean includes(long sampleCaseId) {
        return only == null || only.contains(sampleCaseId);
    }

    public <T> List<T> filter(List<T> items, ToLongFunction<T> sampleCaseId) {
        return only == null ? items : items.stream().filter(item -> includes(sampleCaseId.applyAsLong(item))).toList();
    }
}
