package org.yjinspect.published.parse;

import java.util.List;
import java.util.function.Supplier;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Reads one section so that a failure in it costs that section only: the rest of the report is
 * still read, and the failure is reported as a warning naming the section.
 */
final class SectionGuard {
    private SectionGuard() {
    }

    static <T> T read(String section, Supplier<T> reader, T fallback, List<ImportWarning> warnings) {
        try {
            return reader.get();
        } catch (RuntimeException e) {
            warnings.add(ImportWarning.of(WarningKind.SECTION_FAILED, "the " + section + " could not be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"));
            return fallback;
        }
    }
}
