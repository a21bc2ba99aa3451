package org.yjinspect.framework.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A standard as published: number ("2.1"), name, the one-sentence standard statement,
 * how it is judged, and whether it counts towards the 0-36 score. Case-based standards have
 * key questions; qualitative ones have the questions the inspectors "take into account".
 * {@code caseType} is null for standards not judged on cases (domain one).
 */
public record Standard(String number, String name, String statement, StandardKind kind, boolean scored,
                       CaseType caseType, List<KeyQuestion> keyQuestions, List<String> questions) {
    public Standard {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        keyQuestions = keyQuestions == null ? List.of() : List.copyOf(keyQuestions);
        questions = questions == null ? List.of() : List.copyOf(questions);
        if (kind == StandardKind.CASE_BASED && keyQuestions.isEmpty()) {
            throw new IllegalArgumentException("case-based standard " + number + " has no key questions");
        }
    }

    public boolean caseBased() {
        return kind == StandardKind.CASE_BASED;
    }

    /** The key question a report printed in {@code printed}; key question wordings are unique within a standard. */
    public Optional<KeyQuestion> keyQuestionPrintedAs(String printed) {
        return keyQuestions.stream().filter(kq -> kq.isPrintedAs(printed)).findFirst();
    }

    /** The domain number, read from the standard number ("2.1" is in domain 2). */
    public int domainNumber() {
        return Integer.parseInt(number.substring(0, number.indexOf('.')));
    }
}
