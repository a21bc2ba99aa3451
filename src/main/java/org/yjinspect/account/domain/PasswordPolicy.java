package org.yjinspect.account.domain;

import java.util.Locale;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/**
 * What a password must be (NCSC and OWASP advice): at least 12 characters, at most 128, not one of
 * the passwords everyone tries first, and not the username. No rules about digits or symbols:
 * length is what makes a password hard to guess, and a few words together are easy to remember.
 */
public final class PasswordPolicy {
    public static final String RULE = "password policy";
    public static final int SHORTEST = 12;
    public static final int LONGEST = 128;
    private final CommonPasswords common;

    public PasswordPolicy(CommonPasswords common) {
        this.common = common;
    }

    public Ruling<Verdict> check(Username username, char[] password) {
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < SHORTEST) {
            return Ruling.refuse(RULE, "the password must be at least " + SHORTEST + " characters long (this one has "
                    + length + "); a few unrelated words together are long and easy to remember");
        }
        if (length > LONGEST) {
            return Ruling.refuse(RULE, "the password must be at most " + LONGEST + " characters long (this one has "
                    + length + ")");
        }
        if (text.isBlank() || text.codePoints().anyMatch(Character::isISOControl)) {
            return Ruling.refuse(RULE, "the password must be visible characters, without control characters or line"
                    + " breaks");
        }
        if (text.strip().toLowerCase(Locale.ROOT).equals(username.value())) {
            return Ruling.refuse(RULE, "the password must not be the username");
        }
        if (common.contains(text)) {
            return Ruling.refuse(RULE, "this password is on the list of common passwords that attackers try first;"
                    + " choose another");
        }
        return Ruling.allow(RULE, "the password is long enough, not common and not the username");
    }
}
