package org.yjinspect.recommendation.domain;

import java.util.Locale;
import org.yjinspect.platform.input.TextRule;

/**
 * The text rules of a recommendation, the project's one rule set for typed text: the addressee is
 * one line ({@link TextRule#NAME}), the recommendation itself free text; both required and
 * length-limited. Two addressees that differ only in case or spacing are the same addressee, so a
 * recommendation typed "the YJS board should" joins the group "The YJS board should".
 */
public final class RecommendationWording {
    public static final int LONGEST_ADDRESSEE = 200;
    public static final int LONGEST_TEXT = 2000;

    private RecommendationWording() {
    }

    public static String addressee(String addressee) {
        return TextRule.NAME.checked("the addressee", addressee, LONGEST_ADDRESSEE, true);
    }

    public static String text(String text) {
        return TextRule.FREE_TEXT.checked("the recommendation", text, LONGEST_TEXT, true);
    }

    public static boolean sameAddressee(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String addressee) {
        return addressee.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
