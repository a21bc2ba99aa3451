package org.yjinspect.published.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Domain one and the qualitative standards list the questions "we take into account": where the
 * text says how many ("the following four questions"), the questions printed after it are
 * counted and a different number is warned about.
 */
final class QuestionCountCheck {
    private static final Pattern STATED = Pattern.compile("(?i)\\bthe following (" + NumberWords.WORD + ") questions\\b");

    private QuestionCountCheck() {
    }

    static void check(ReportText text, SectionMap sections, List<ImportWarning> warnings) {
        for (SectionMap.Section section : sections.standardSections()) {
            for (int i = section.from() + 1; i < section.to(); i++) {
                Matcher m = STATED.matcher(text.get(i).plain());
                if (!m.find()) {
                    continue;
                }
                Integer stated = NumberWords.parse(m.group(1)).orElse(null);
                int listed = listed(text, i + 1, section.to());
                if (stated != null && listed > 0 && listed != stated) {
                    warnings.add(ImportWarning.at(WarningKind.QUESTION_COUNT, "standard " + section.number() + " "
                            + section.name() + ": the text says 'the following " + m.group(1) + " questions' but lists "
                            + listed, text.get(i).number()));
                }
                break;
            }
        }
    }

    private static int listed(ReportText text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            Line line = text.get(i);
            if (!line.hasCells() && !line.footnote() && line.plain().length() < 300
                    && Questions.isQuestion(line.plain()) && !line.plain().startsWith("\"")) {
                count++;
            }
        }
        return count;
    }
}
