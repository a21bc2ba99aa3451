package org.yjinspect.published.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Finds framework phrases damaged by character recognition, one letter off ("key guestions"),
 * and reports each once; the structure around them is still read.
 */
final class OcrSlipCheck {
    private static final List<String[]> PHRASES = List.of(new String[] {"key", "questions"},
            new String[] {"key", "question"}, new String[] {"relevant", "cases"}, new String[] {"relevant", "case"});

    private OcrSlipCheck() {
    }

    static void check(ReportText text, int from, int to, List<ImportWarning> warnings) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = from; i < to; i++) {
            String lower = text.get(i).plain().toLowerCase(Locale.ROOT);
            if (!lower.contains("key ") && !lower.contains("relevant ")) {
                continue;
            }
            String[] words = lower.split("[^a-z'\\-]+");
            for (int w = 0; w + 1 < words.length; w++) {
                String slip = slip(words[w], words[w + 1]);
                if (slip != null && seen.add(slip)) {
                    warnings.add(ImportWarning.at(WarningKind.OCR_SLIP, "'" + words[w] + " " + words[w + 1]
                            + "' read as '" + slip + "'", text.get(i).number()));
                }
            }
        }
    }

    private static String slip(String first, String second) {
        for (String[] phrase : PHRASES) {
            if (first.equals(phrase[0]) && second.equals(phrase[1])) {
                return null;
            }
        }
        for (String[] phrase : PHRASES) {
            if (first.equals(phrase[0]) && second.length() >= 4 && oneLetterOff(second, phrase[1])) {
                return phrase[0] + " " + phrase[1];
            }
        }
        return null;
    }

    /** Same length and exactly one letter different. */
    static boolean oneLetterOff(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        int differences = 0;
        for (int i = 0; i < a.length(); i++) {
            if (a.charAt(i) != b.charAt(i) && ++differences > 1) {
                return false;
            }
        }
        return differences == 1;
    }
}
