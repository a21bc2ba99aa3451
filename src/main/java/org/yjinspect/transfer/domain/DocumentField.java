package org.yjinspect.transfer.domain;

import java.util.Objects;
import java.util.Set;

/**
 * One field of a section: its name in the document, the column it comes from and goes to, what it
 * holds and the bounds it must keep (the same as the normal inputs': a note at most 5,000
 * characters, a reason at most 500).
 *
 * @param nullable whether it may be null (it must always be present)
 * @param longest  the longest text, in characters
 * @param codes    the allowed codes of a {@link FieldKind#CODE}
 * @param least    the smallest whole number or decimal; for free text, 1 when it is required
 * @param most     the largest whole number or decimal
 * @param refersTo for a case reference standing for another table's id, which case it names
 */
public record DocumentField(String name, String column, FieldKind kind, boolean nullable, int longest,
                            Set<String> codes, long least, long most, Reference refersTo) {
    /** What a case reference in a row stands for when it is stored. */
    public enum Reference {
        /** Stored as it is (the caseload's own reference column). */
        NONE,
        /** The id of the caseload's case with that reference. */
        CASELOAD_CASE,
        /** The id of the sampled case with that reference. */
        SAMPLE_CASE
    }

    public DocumentField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        codes = codes == null ? Set.of() : Set.copyOf(codes);
        refersTo = refersTo == null ? Reference.NONE : refersTo;
    }

    public static DocumentField text(String name, String column, int longest) {
        return new DocumentField(name, column, FieldKind.TEXT, false, longest, null, 0, 0, null);
    }

    /** Free text that may not be empty (a recommendation's words). */
    public static DocumentField requiredText(String name, String column, int longest) {
        return new DocumentField(name, column, FieldKind.TEXT, false, longest, null, 1, 0, null);
    }

    public static DocumentField name(String name, String column, int longest) {
        return new DocumentField(name, column, FieldKind.NAME, false, longest, null, 0, 0, null);
    }

    public static DocumentField code(String name, String column, Set<String> codes) {
        return new DocumentField(name, column, FieldKind.CODE, false, 40, codes, 0, 0, null);
    }

    public static DocumentField of(String name, String column, FieldKind kind) {
        return new DocumentField(name, column, kind, false, 60, null, 0, 0, null);
    }

    public static DocumentField whole(String name, String column, long least, long most) {
        return new DocumentField(name, column, FieldKind.WHOLE, false, 0, null, least, most, null);
    }

    public static DocumentField decimal(String name, String column, long most) {
        return new DocumentField(name, column, FieldKind.DECIMAL, false, 0, null, 0, most, null);
    }

    public static DocumentField caseOf(String name, String column, Reference refersTo) {
        return new DocumentField(name, column, FieldKind.CASE_REFERENCE, false, 40, null, 0, 0, refersTo);
    }

    /** The same field, allowed to be null. */
    public DocumentField orNull() {
        return new DocumentField(name, column, kind, true, longest, codes, least, most, refersTo);
    }
}
