package org.yjinspect.account.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * The name someone signs in with: 2 to 40 characters, lower-case letters a-z, digits, and
 * ". _ -" inside, starting with a letter or digit ("amira.k", "lead-2"). Typed capitals are taken
 * as lower case, so "Amira" and "amira" are one account. No real names are needed.
 */
public record Username(String value) {
    public static final int LONGEST = 40;
    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9._-]{1," + (LONGEST - 1) + "}");

    public Username {
        String cleaned = TextRule.NAME.checked("the username", value, LONGEST, true).toLowerCase(Locale.ROOT);
        Problem.require(FORM.matcher(cleaned).matches(), "the username \"" + SafeText.shown(value) + "\" must be 2 to "
                + LONGEST + " characters: letters a-z, digits, and . _ - after the first character");
        value = cleaned;
    }

    @Override
    public String toString() {
        return value;
    }
}
