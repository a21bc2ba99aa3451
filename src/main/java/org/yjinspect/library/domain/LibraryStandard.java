package org.yjinspect.library.domain;

import java.util.List;
import java.util.Objects;
import org.yjinspect.rating.domain.Rating;

/**
 * A standard of a published inspection: its published rating (null when the report does not
 * print one) and its key questions' figures in framework order (none for a qualitative standard).
 */
public record LibraryStandard(String number, String name, Rating rating, List<LibraryKeyQuestion> keyQuestions) {
    public LibraryStandard {
        Objects.requireNonNull(number, "number");
        name = name == null ? "" : name;
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
    }

    /** 1 organisational delivery, 2 court disposals, 3 out-of-court disposals, 4 resettlement. */
    public int domain() {
        return Character.digit(number.charAt(0), 10);
    }
}
