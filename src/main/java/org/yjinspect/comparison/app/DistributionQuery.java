package org.yjinspect.comparison.app;

import java.util.regex.Pattern;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * What to show the spread of: a framework version and either a standard ("2.1") or a key
 * question ("2.1.desistance"), never both. Refusals name the parameter and the value given.
 */
public record DistributionQuery(FrameworkVersion version, String standard, String keyQuestion) {
    private static final Pattern STANDARD = Pattern.compile("[1-4]\\.[1-9]");
    private static final Pattern KEY_QUESTION = Pattern.compile("[1-4]\\.[1-9]\\.[a-z]+(-[a-z]+)*");

    public DistributionQuery {
        Problem.require(version != null, "version is required: 2018 or 2021");
        Problem.require(standard == null ^ keyQuestion == null,
                "give either standard (such as 2.1) or keyQuestion (such as 2.1.desistance), not both or neither");
        Problem.require(standard == null || STANDARD.matcher(standard).matches(),
                "standard must be written like 2.1 (got \"" + SafeText.shown(standard) + "\")");
        Problem.require(keyQuestion == null || KEY_QUESTION.matcher(keyQuestion).matches(),
                "keyQuestion must be written like 2.1.desistance (got \"" + SafeText.shown(keyQuestion) + "\")");
    }

    /** From the words of a request or the command line; blank counts as not given. */
    public static DistributionQuery of(String version, String standard, String keyQuestion) {
        return new DistributionQuery(version(version), blankAsNull(standard), blankAsNull(keyQuestion));
    }

    public static FrameworkVersion version(String version) {
        Problem.require(version != null && !version.isBlank(), "version is required: 2018 or 2021");
        return FrameworkVersion.fromLabel(version.strip()).orElseThrow(() -> Problem.invalid(
                "version must be 2018 or 2021 (got \"" + SafeText.shown(version) + "\")"));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
