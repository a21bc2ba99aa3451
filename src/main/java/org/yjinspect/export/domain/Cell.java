package org.yjinspect.export.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One cell of an exported row, typed so each format can write it as its readers expect: text
 * (always text, never a formula), a whole number, or a moment (a date-time cell in a
 * spreadsheet, {@code yyyy-mm-dd hh:mm:ss} UTC in a CSV). {@link #EMPTY} is a blank cell: nothing
 * recorded, never a made-up value.
 */
public sealed interface Cell {
    Cell EMPTY = new Empty();

    static Cell text(String text) {
        return text == null ? EMPTY : new Text(text);
    }

    static Cell number(long number) {
        return new Number(number);
    }

    static Cell moment(Instant moment) {
        return moment == null ? EMPTY : new Moment(moment);
    }

    /** Text exactly as stored. */
    record Text(String text) implements Cell {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Number(long value) implements Cell {
    }

    record Moment(Instant instant) implements Cell {
        public Moment {
            Objects.requireNonNull(instant, "instant");
        }
    }

    record Empty() implements Cell {
    }
}
