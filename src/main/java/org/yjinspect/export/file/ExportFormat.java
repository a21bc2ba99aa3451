package org.yjinspect.export.file;

import java.util.Locale;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;

/** The file formats of the exports. */
public enum ExportFormat {
    CSV, XLSX;

    public static ExportFormat named(String word) {
        for (ExportFormat format : values()) {
            if (word != null && format.extension().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw Problem.invalid("format must be csv or xlsx, not \"" + SafeText.shown(word) + "\"");
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }
}
