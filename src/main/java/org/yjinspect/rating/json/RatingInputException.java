package org.yjinspect.rating.json;

/** Rating input that cannot be used; the message names the source, the field and the value. */
public class RatingInputException extends RuntimeException {
    public RatingInputException(String source, String field, String problem) {
        super(source + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
    }
}
