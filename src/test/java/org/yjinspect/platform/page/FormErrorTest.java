package org.yjinspect.platform.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.platform.problem.Problem;

class FormErrorTest {
    @Test
    void aMessageIsWrittenAsASentence() {
        assertThat(new FormError("seed", "the seed must be a whole number").message())
                .isEqualTo("The seed must be a whole number.");
        assertThat(new FormError("seed", "Is it a number?").message()).isEqualTo("Is it a number?");
        assertThat(new FormError("seed", "Enter the seed.").message()).isEqualTo("Enter the seed.");
        assertThat(new FormError("seed", " ").message()).startsWith("Something is wrong");
    }

    @Test
    void theSummaryLinksToTheFieldsElement() {
        assertThat(new FormError("j:rosh", "Choose one").href()).isEqualTo("#j-rosh");
        assertThat(new FormError("key-budgetPounds", "Enter a number").href()).isEqualTo("#key-budgetPounds");
    }

    @Test
    void theMessageBesideAFieldIsTheFirstAboutIt() {
        List<FormError> errors = List.of(new FormError("a", "first"), new FormError("b", "other"),
                new FormError("a", "second"));
        assertThat(FormError.about(errors, "a")).isEqualTo("First.");
        assertThat(FormError.about(errors, "c")).isNull();
    }

    @Test
    void aUseCasesRefusalBecomesTheFieldsError() {
        assertThat(FormError.of("reason", Problem.invalid("enter why"))).containsExactly(new FormError("reason",
                "Enter why."));
    }
}
