package org.yjinspect.cli;

import org.yjinspect.platform.input.TextRule;
import org.yjinspect.platform.problem.SafeText;

/**
 * The command line's side of the API's rule that no text anywhere may hold control or invisible
 * characters ({@link TextRule}), checked on every argument before the command is parsed; each
 * field's own rule (a name is one line, a note has its longest length) is checked by the
 * command the value reaches, as on the API.
 */
final class ArgumentText {
    private ArgumentText() {
    }

    /** Why an argument is refused, naming its option ("--case"), or null when every argument is safe text. */
    static String refusal(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            boolean joined = arg.startsWith("--") && arg.contains("=");
            String name = joined ? arg.substring(0, arg.indexOf('='))
                    : i > 0 && args[i - 1].startsWith("-") ? args[i - 1] : "argument " + (i + 1);
            String value = joined ? arg.substring(arg.indexOf('=') + 1) : arg;
            String refusal = TextRule.FREE_TEXT.refusal(SafeText.shown(name), value, Integer.MAX_VALUE, false)
                    .orElse(null);
            if (refusal != null) {
                return refusal;
            }
        }
        return null;
    }
}
