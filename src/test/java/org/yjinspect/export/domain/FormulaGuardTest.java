package org.yjinspect.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FormulaGuardTest {
    @Test
    void aCellThatWouldStartAFormulaGetsAnApostropheInFront() {
        assertThat(FormulaGuard.neutralised("=HYPERLINK(\"http://evil\",\"click\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"click\")");
        assertThat(FormulaGuard.neutralised("+44 1234")).isEqualTo("'+44 1234");
        assertThat(FormulaGuard.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.neutralised("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(FormulaGuard.neutralised("\tcmd")).isEqualTo("'\tcmd");
        assertThat(FormulaGuard.neutralised("\rcmd")).isEqualTo("'\rcmd");
    }

    @Test
    void textAlreadyStartingWithAnApostropheBeforeAFormulaGetsOneMoreSoItReadsBackExactly() {
        assertThat(FormulaGuard.neutralised("'=1+1")).isEqualTo("''=1+1");
        assertThat(FormulaGuard.restored("''=1+1")).isEqualTo("'=1+1");
        assertThat(FormulaGuard.restored("'=1+1")).isEqualTo("=1+1");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        for (String text : new String[] {"", "yes", "not_applicable", "A=B", "2.1.desistance.a", "'quoted'", "Zoë"}) {
            assertThat(FormulaGuard.neutralised(text)).isEqualTo(text);
        }
    }

    /** Seeded: any text, neutralised, restores to itself; and what is written never starts a formula. */
    @Test
    void everyTextComesBackAsItWasAndNeverStartsAFormula() {
        long seed = System.nanoTime();
        System.out.println("FormulaGuardTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        String alphabet = "=+-@\t\r'\"a1 ,\né";
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int c = 0; c < length; c++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String written = FormulaGuard.neutralised(text.toString());
            assertThat(FormulaGuard.startsLikeAFormula(written)).as("seed %d: %s", seed, text).isFalse();
            assertThat(written.length() - text.length()).as("at most one apostrophe added").isBetween(0, 1);
            assertThat(FormulaGuard.restored(written)).as("seed %d: %s", seed, text).isEqualTo(text.toString());
        }
    }
}
