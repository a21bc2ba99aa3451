package org.yjinspect.platform.problem;

/**
 * A request that cannot be carried out, in words an inspector can act on. The kind decides
 * the answer: a bad value (HTTP 400, exit code 2), something that does not exist (404), or
 * something the current state forbids, such as importing a caseload after the sample is drawn
 * (409). Never used for bugs: those stay ordinary exceptions.
 */
public final class Problem extends RuntimeException {
    /** What went wrong, which fixes the HTTP status. */
    public enum Kind {
        INVALID_INPUT(400), NOT_FOUND(404), CONFLICT(409);

        private final int httpStatus;

        Kind(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Kind kind;

    private Problem(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Problem invalid(String message) {
        return new Problem(Kind.INVALID_INPUT, message);
    }

    public static Problem notFound(String message) {
        return new Problem(Kind.NOT_FOUND, message);
    }

    public static Problem conflict(String message) {
        return new Problem(Kind.CONFLICT, message);
    }

    /** Fails with an invalid-input problem when the condition does not hold. */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw invalid(message);
        }
    }

    public Kind kind() {
        return kind;
    }
}
