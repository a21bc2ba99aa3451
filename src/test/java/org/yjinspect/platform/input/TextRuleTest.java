package org.yjinspect.platform.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

class TextRuleTest {
    @Test
    void freeTextIsKeptAsTypedWithLineBreaksTabsMarkupAndAnyAlphabet() {
        String typed = "  <b>Siân</b> & \"quotes\"\n\tindented; Ελληνικά, 中文, عربي 👍  ";
        assertThat(TextRule.FREE_TEXT.checked("note", typed, 100, false))
                .isEqualTo("<b>Siân</b> & \"quotes\"\n\tindented; Ελληνικά, 中文, عربي 👍");
    }

    @Test
    void aNameIsOneLineWithALetterOrDigit() {
        assertThat(TextRule.NAME.checked("the actor name", " Siân Ó Briain ", 60, true)).isEqualTo("Siân Ó Briain");
        assertThatThrownBy(() -> TextRule.NAME.checked("the actor name", "Amira\nKhan", 60, true))
                .isInstanceOf(Problem.class)
                .hasMessage("the actor name \"Amira?Khan\" contains a line break or tab at position 6 (U+000A);"
                        + " expected one line of plain text");
        assertThatThrownBy(() -> TextRule.NAME.checked("the service name", "---", 60, true))
                .hasMessage("the service name \"---\" has no letter or digit; expected a name");
    }

    @Test
    void textIsBroughtToOneNormalFormSoTheSameNameIsStoredTheSame() {
        String decomposed = "Sia\u0302n";
        assertThat(TextRule.NAME.checked("name", decomposed, 60, true)).isEqualTo("Si\u00E2n");
    }

    @Test
    void charactersThatHideOrDisguiseTextAreRefusedNamingThemAndWhere() {
        assertThat(refusal("a\u0007b")).contains("a control character at position 2 (U+0007)");
        assertThat(refusal("a\u0085b")).contains("a control character at position 2 (U+0085)");
        assertThat(refusal("abc\u202Edcba")).contains("changes the reading direction at position 4 (U+202E)");
        assertThat(refusal("a\u200Bb")).contains("an invisible character at position 2 (U+200B)");
        assertThat(refusal("a\uFEFFb")).contains("(U+FEFF)");
        assertThat(refusal("a\u2028b")).contains("(U+2028)");
        assertThat(refusal("a\uD800b")).contains("a broken character (half of a UTF-16 pair) at position 2 (U+D800)");
        assertThat(refusal("\uDC00")).contains("(U+DC00)");
        assertThat(refusal("a\uFFFDb")).contains("garbled before it arrived");
        assertThat(refusal("a\uFFFFb")).contains("a non-character");
        assertThat(refusal("👍\u0000")).contains("at position 2 (U+0000)");
    }

    @Test
    void lengthIsCountedInCharactersAndARequiredFieldMustBeGiven() {
        assertThat(TextRule.FREE_TEXT.checked("note", "👍".repeat(5), 5, false)).hasSize(10);
        assertThatThrownBy(() -> TextRule.FREE_TEXT.checked("note", "abcdef", 5, false))
                .hasMessage("note is longer than 5 characters (6)");
        assertThatThrownBy(() -> TextRule.FREE_TEXT.checked("the reason", " \n ", 50, true))
                .hasMessage("the reason is required");
        assertThat(TextRule.FREE_TEXT.checked("note", null, 5, false)).isEmpty();
    }

    private static String refusal(String text) {
        return TextRule.FREE_TEXT.refusal("note", text, 1000, false).orElseThrow();
    }
}
