package org.yjinspect.organisation.page;

import java.util.Map;

/**
 * What a field shows: what was typed, when its form was refused for a value; otherwise (and
 * after a stale revision, so the person sees the record as it now stands) what is recorded.
 */
public final class ShownValues {
    private final Map<String, String> typed;
    private final boolean stale;

    ShownValues(Map<String, String> typed, boolean stale) {
        this.typed = typed;
        this.stale = stale;
    }

    public String of(String id, Object recorded) {
        String shown = recorded == null ? "" : recorded instanceof java.math.BigDecimal d ? d.toPlainString()
                : String.valueOf(recorded);
        return stale ? shown : typed.getOrDefault(id, shown);
    }

    /** What the person typed into a field whose record someone else changed first, or null. */
    public String yours(String id) {
        return stale ? typed.get(id) : null;
    }

    /** Whether anything was typed into the form with this prefix (its details are shown open). */
    public boolean posted(String prefix) {
        return typed.keySet().stream().anyMatch(k -> k.startsWith(prefix + "-"));
    }
}
