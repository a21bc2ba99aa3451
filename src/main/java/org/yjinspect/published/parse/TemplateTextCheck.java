package org.yjinspect.published.parse;

import java.util.List;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Some reports carry text from another inspection template: the scoring explained for "ten
 * standards" on a "0-30 scale" in a report scored on twelve standards out of 36.
 */
final class TemplateTextCheck {
    private static final Pattern TEN_STANDARDS = Pattern.compile("(?i)\\b(?:each of the )?(ten|10) standards\\b");
    private static final Pattern THIRTY_SCALE = Pattern.compile("(?i)\\b0\\s*[-\\u2013\\u2014]\\s*30\\s+scale\\b");

    private TemplateTextCheck() {
    }

    static void check(ReportText text, int from, int to, int scoredStandards, List<ImportWarning> warnings) {
        boolean ten = false;
        boolean thirty = false;
        for (ReportText.Paragraph paragraph : text.paragraphs(from, to)) {
            String lower = paragraph.text().toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains("standards") && !lower.contains("scale")) {
                continue;
            }
            int line = text.get(paragraph.index()).number();
            if (!ten && scoredStandards != 10 && TEN_STANDARDS.matcher(paragraph.text()).find()) {
                ten = true;
                warnings.add(ImportWarning.at(WarningKind.TEMPLATE_TEXT, "the scoring rules speak of 'ten standards', "
                        + "but the ratings page scores " + scoredStandards, line));
            }
            if (!thirty && scoredStandards != 10 && THIRTY_SCALE.matcher(paragraph.text()).find()) {
                thirty = true;
                warnings.add(ImportWarning.at(WarningKind.TEMPLATE_TEXT, "the scoring rules speak of a '0-30 scale', "
                        + "but the score is out of " + 3 * scoredStandards, line));
            }
        }
    }
}
