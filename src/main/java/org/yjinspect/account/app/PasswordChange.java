package org.yjinspect.account.app;

/**
 * The outcome of changing one's own password: done, or refused with the field that is wrong and
 * why, in words that say how to put it right.
 */
public record PasswordChange(Field field, String reason) {
    /** Which answer a refusal is about. */
    public enum Field {
        NONE, CURRENT, REPLACEMENT
    }

    public static PasswordChange done() {
        return new PasswordChange(Field.NONE, "the password was changed; other sessions were ended");
    }

    public static PasswordChange refused(Field field, String reason) {
        return new PasswordChange(field, reason);
    }

    public boolean changed() {
        return field == Field.NONE;
    }
}
