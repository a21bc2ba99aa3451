package org.yjinspect.platform.json;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yjinspect.platform.input.CalendarDate;

/**
 * The form a request field takes, in users' words, from the Java type it is read into: what to
 * call it ("a whole number"), how to write it ("a whole number without quotes, such as 12") and,
 * for numbers, the range that fits. No Java type name ever reaches the user.
 */
record ExpectedForm(String noun, String form, String range) {
    private static final ExpectedForm TEXT = new ExpectedForm("text", "text in double quotes", "text");
    private static final ExpectedForm ANY = new ExpectedForm("a value of the documented kind",
            "the kind of value docs/api.md gives for this field", "a value in the documented range");

    static ExpectedForm of(Class<?> type) {
        if (type == null) {
            return ANY;
        }
        if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class) {
            return TEXT;
        }
        if (type == Integer.class || type == int.class) {
            return whole(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return whole(Long.MIN_VALUE, Long.MAX_VALUE);
        }
        if (type == Short.class || type == short.class || type == Byte.class || type == byte.class) {
            return whole(type == Short.class || type == short.class ? Short.MIN_VALUE : Byte.MIN_VALUE,
                    type == Short.class || type == short.class ? Short.MAX_VALUE : Byte.MAX_VALUE);
        }
        if (type == BigInteger.class) {
            return new ExpectedForm("a whole number", "a whole number without quotes, such as 12", "a whole number");
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return new ExpectedForm("a number", "a number without quotes, such as 12.5", "a number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new ExpectedForm("true or false", "true or false without quotes", "true or false");
        }
        return compound(type);
    }

    private static ExpectedForm compound(Class<?> type) {
        if (type == LocalDate.class) {
            String form = "a date in double quotes written " + CalendarDate.FORM + ", such as \"2024-10-14\", in the years "
                    + CalendarDate.EARLIEST_YEAR + " to " + CalendarDate.LATEST_YEAR;
            return new ExpectedForm("a date", form, form);
        }
        if (type.isEnum()) {
            String words = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            return new ExpectedForm("one of the accepted words", "one of: " + words, "one of: " + words);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new ExpectedForm("a list", "a list in [ ]", "a list");
        }
        if (Map.class.isAssignableFrom(type)) {
            return new ExpectedForm("an object", "an object in { }", "an object");
        }
        if (type.isRecord()) {
            String form = "an object in { } with the fields " + fieldsOf(type);
            return new ExpectedForm("an object", form, form);
        }
        return ANY;
    }

    /** The fields a request object accepts, in the order they are declared. */
    static String fieldsOf(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return "those docs/api.md lists";
        }
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.joining(", "));
    }

    private static ExpectedForm whole(long min, long max) {
        return new ExpectedForm("a whole number", "a whole number without quotes, such as 12",
                "a whole number from " + min + " to " + max);
    }
}
