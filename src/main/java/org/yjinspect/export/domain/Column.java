package org.yjinspect.export.domain;

import java.util.Objects;

/**
 * One column of an export, as the data dictionary describes it: its name (the header), what
 * kind of column it is, for an answer column the standard, key question and catalogue wording
 * it holds the answers to, the values it may hold, and what it means.
 */
public record Column(String name, Kind kind, String standard, String keyQuestionId, String wording,
                     String values, String meaning) {
    /** What a column holds. */
    public enum Kind {
        CASE_FACT("case fact"), KEY_QUESTION("key question"), PROMPT("prompt"), ANSWER_DETAIL("answer detail"),
        AUDIT("audit entry"), DICTIONARY("dictionary"),
        /** A figure of a published inspection in the library's export (docs/library.md). */
        PUBLISHED_FIGURE("published figure");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** A column that is not an answer to a catalogue item. */
    public static Column of(String name, Kind kind, String values, String meaning) {
        return new Column(name, kind, null, null, null, values, meaning);
    }
}
