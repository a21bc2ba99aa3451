package org.yjinspect.published.parse;

import java.util.List;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.PromptFigure;
import org.yjinspect.published.domain.WarningKind;

/** Prompts are lettered a), b), c) ... in order; a letter printed twice or skipped is flagged. */
final class PromptLetters {
    private PromptLetters() {
    }

    static void check(List<PromptFigure> prompts, String where, List<ImportWarning> warnings) {
        char expected = 'a';
        for (PromptFigure prompt : prompts) {
            if (prompt.letter() == null) {
                continue;
            }
            char letter = prompt.letter().charAt(0);
            if (letter == expected - 1) {
                warnings.add(ImportWarning.of(WarningKind.PROMPT_LETTERS, where + ": prompt letter " + letter
                        + ") is printed twice"));
                expected = (char) (letter + 1);
                continue;
            }
            if (letter != expected) {
                warnings.add(ImportWarning.of(WarningKind.PROMPT_LETTERS, where + ": prompt letter " + letter
                        + ") where " + expected + ") was expected"));
            }
            expected = (char) (letter + 1);
        }
    }
}
