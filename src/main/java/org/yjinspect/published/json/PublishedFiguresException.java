package org.yjinspect.published.json;

/**
 * A file of published figures that cannot be used: the message names the file, the field and
 * what is wrong with it. The files are part of the build, so this is a fault to correct in the
 * file, never something a user can put right.
 */
public class PublishedFiguresException extends RuntimeException {
    public PublishedFiguresException(String file, String field, String problem) {
        super(file + (field.isEmpty() ? "" : ": " + field) + ": " + problem);
    }

    PublishedFiguresException(String message) {
        super(message);
    }
}
