package org.yjinspect.transfer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.yjinspect.context.domain.FigureWording;
import org.yjinspect.finding.domain.FindingWording;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.recommendation.domain.RecommendationWording;

/**
 * A recommendation, figure or finding in a file is refused exactly when the editor would refuse it typed,
 * and stored as the editor would store it: over seeded random text made of letters, spaces, line
 * breaks, control, direction and invisible characters, at lengths around each limit.
 * {@code -Dyjinspect.seed=N} repeats a run (the seed is printed).
 */
class ReportInputRulesTest {
    private static final long SEED = Long.getLong("yjinspect.seed", System.nanoTime());
    private static final String[] PIECES = {"a", "Z", "7", " ", "é", "\n", "\t", "\u0000", "\u202E", "\u200B",
        "\uFFFD", "-", "<b>", "\"", "e\u0301"};

    @Test
    void theFileMeetsTheEditorsOwnRules() {
        System.out.println("ReportInputRulesTest seed " + SEED + " (-Dyjinspect.seed=" + SEED + " repeats it)");
        SplittableRandom random = new SplittableRandom(SEED);
        for (int trial = 0; trial < 2000; trial++) {
            agree("recommendations", "addressee", RecommendationWording::addressee,
                    text(random, RecommendationWording.LONGEST_ADDRESSEE));
            agree("recommendations", "text", RecommendationWording::text,
                    text(random, RecommendationWording.LONGEST_TEXT));
            agree("contextualFigures", "label", FigureWording::label, text(random, FigureWording.LONGEST_LABEL));
            agree("contextualFigures", "value", FigureWording::value, text(random, FigureWording.LONGEST_VALUE));
            agree("contextualFigures", "source", FigureWording::source, text(random, FigureWording.LONGEST_SOURCE));
            agree("findings", "text", FindingWording::text, text(random, FindingWording.LONGEST_TEXT));
        }
    }

    private static void agree(String section, String field, UnaryOperator<String> editor, String typed) {
        DocumentField rule = InspectionFormat.named(section).fields().get(InspectionFormat.named(section)
                .indexOf(field));
        FieldRule.Checked inFile = FieldRule.check(section + "[0]." + field, rule, typed);
        String byEditor;
        try {
            byEditor = editor.apply(typed);
        } catch (Problem refused) {
            byEditor = null;
        }
        assertThat(inFile.refused()).as("%s.%s refused for %s", section, field, shown(typed))
                .isEqualTo(byEditor == null);
        if (byEditor != null) {
            assertThat(inFile.value()).as("%s.%s stored for %s", section, field, shown(typed)).isEqualTo(byEditor);
        }
    }

    /** Mostly plain, sometimes one hostile piece, at a length near the limit now and then. */
    private static String text(SplittableRandom random, int longest) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(4) == 0 ? longest - 2 + random.nextInt(5) : random.nextInt(12);
        while (text.codePointCount(0, text.length()) < length) {
            text.append(random.nextInt(8) == 0 ? PIECES[random.nextInt(PIECES.length)] : PIECES[random.nextInt(4)]);
        }
        return text.toString();
    }

    private static String shown(String text) {
        return text.codePoints().mapToObj(c -> c < 0x20 || c > 0x7E ? String.format("\\u%04X", c)
                : Character.toString(c)).reduce("\"", String::concat) + "\"";
    }
}
