package org.yjinspect.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

class FreeTextTest {
    @Test
    void textIsKeptAsTypedWithLineBreaksAndMarkup() {
        String typed = "  <b>bold</b> & \"quotes\"\n\tindented  ";
        assertThat(FreeText.checked("note", typed, 100, false)).isEqualTo("<b>bold</b> & \"quotes\"\n\tindented");
    }

    @Test
    void tooLongControlCharactersAndBidirectionalOverridesAreRefused() {
        assertThatThrownBy(() -> FreeText.checked("note", "abcdef", 5, false)).isInstanceOf(Problem.class)
                .hasMessage("note is longer than 5 characters (6)");
        assertThatThrownBy(() -> FreeText.checked("note", "a\u0007b", 50, false)).hasMessageContaining("U+0007");
        assertThatThrownBy(() -> FreeText.checked("note", "abc\u202Edcba", 50, false)).hasMessageContaining("U+202E");
        assertThatThrownBy(() -> FreeText.checked("rationale", " ", 50, true)).hasMessage("rationale is required");
    }

    @Test
    void anActorIsNamedPlainly() {
        assertThat(new Actor("  Amira Khan ").name()).isEqualTo("Amira Khan");
        assertThatThrownBy(() -> new Actor(null)).hasMessageContaining("sign in on the API")
                .hasMessageContaining("--as USER on the command line");
        assertThat(new Actor("Siân Ó Briain").name()).isEqualTo("Siân Ó Briain");
        assertThatThrownBy(() -> new Actor("a\nb")).hasMessageContaining("contains a line break");
        assertThatThrownBy(() -> new Actor("x".repeat(61))).hasMessage("the actor name is longer than 60 characters (61)");
    }
}
