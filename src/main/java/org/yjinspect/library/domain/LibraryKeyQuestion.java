package org.yjinspect.library.domain;

import java.util.Objects;
import org.yjinspect.published.domain.CaseFigure;

/**
 * A key question's figure as printed: counts where the report counts ("n of N"), else the
 * printed percentage.
 *
 * @param keyQuestionId the framework's id of the key question (e.g. {@code 2.1.desistance}), or
 *                      null when the printed wording matches none of the framework's
 * @param text          the wording as printed
 * @param figure        null when the row could not be read
 */
public record LibraryKeyQuestion(String keyQuestionId, String text, CaseFigure figure) {
    public LibraryKeyQuestion {
        Objects.requireNonNull(text, "text");
    }
}
