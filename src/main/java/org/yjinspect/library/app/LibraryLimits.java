package org.yjinspect.library.app;

import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.library.domain.LibraryKeyQuestion;
import org.yjinspect.library.domain.LibraryStandard;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/**
 * How long the library's texts may be (as V83 keeps them): a report that reads a service's name,
 * a standard's name or a key question longer than any report prints was misread, and is refused
 * naming the field and the start of the value, rather than stored.
 */
final class LibraryLimits {
    static final int NAME = 300;
    static final int TEXT = 2000;

    private LibraryLimits() {
    }

    static void check(LibraryInspection i) {
        within("the service's name", i.service(), NAME);
        within("the file's name", i.source(), NAME);
        for (LibraryStandard s : i.standards()) {
            within("standard " + s.number() + "'s name", s.name(), NAME);
            for (LibraryKeyQuestion q : s.keyQuestions()) {
                within("a key question of standard " + s.number(), q.text(), TEXT);
            }
        }
        i.warnings().forEach(w -> within("a warning", w, TEXT));
    }

    private static void within(String field, String value, int longest) {
        Problem.require(value.length() <= longest, field + " is " + value.length() + " characters long, more than the "
                + longest + " a report prints (\"" + SafeText.shown(value) + "\"): the report was misread, so it is not"
                + " added to the library");
    }
}
