package org.yjinspect.published.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Turns a row's printed values into a {@link CaseFigure} by its table's columns, reading an OCR
 * "o" as a nought (with a warning) and refusing figures that cannot be true ('Yes' above
 * relevant, relevant above the cases the table is "Of").
 */
final class Figures {
    private static final Pattern COUNT = Pattern.compile("^\\d{1,4}$");
    private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3})\\s*%\\s*[*\\u2020\\u2021]*$");

    private Figures() {
    }

    static CaseFigure of(FigureTable.Row row, FigureTable.Header header, boolean keyQuestion, String where,
                         List<ImportWarning> warnings) {
        List<FigureTable.Column> columns = header.columns();
        List<String> values = row.values();
        if (values.size() < columns.size()) {
            warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, where + ": expected " + columns.size()
                    + " figures, found " + values.size(), row.line()));
            return null;
        }
        Integer relevant = null;
        Integer yes = null;
        Integer percent = null;
        for (int c = 0; c < columns.size(); c++) {
            String value = values.get(c);
            switch (columns.get(c)) {
                case RELEVANT -> relevant = count(value, where, row.line(), warnings);
                case YES -> yes = count(value, where, row.line(), warnings);
                case PERCENT -> percent = percent(value).orElse(null);
            }
        }
        return build(yes, relevant, percent, header.base(), keyQuestion, where, row.line(), warnings);
    }

    private static CaseFigure build(Integer yes, Integer relevant, Integer percent, Integer base, boolean keyQuestion,
                                    String where, int line, List<ImportWarning> warnings) {
        if (percent != null) {
            return CaseFigure.printed(percent);
        }
        if (yes == null) {
            warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, where + ": the figure could not be read", line));
            return null;
        }
        if (relevant == null && keyQuestion && base != null) {
            relevant = base;
        }
        if (relevant == null) {
            return CaseFigure.yesOnly(yes);
        }
        if (yes > relevant) {
            warnings.add(ImportWarning.at(WarningKind.INCONSISTENT_FIGURES, where + ": " + yes
                    + " 'Yes' cases out of " + relevant + " relevant cases cannot be right; figure left out", line));
            return null;
        }
        if (base != null && relevant > base) {
            warnings.add(ImportWarning.at(WarningKind.INCONSISTENT_FIGURES, where + ": " + relevant
                    + " relevant cases, more than the " + base + " cases the table is of", line));
        }
        return CaseFigure.counted(yes, relevant);
    }

    private static Integer count(String value, String where, int line, List<ImportWarning> warnings) {
        if (COUNT.matcher(value).matches()) {
            return Integer.valueOf(value);
        }
        if (value.equals("o") || value.equals("O")) {
            warnings.add(ImportWarning.at(WarningKind.OCR_SLIP, where + ": the letter 'o' printed as a figure, read as 0",
                    line));
            return 0;
        }
        return null;
    }

    static Optional<Integer> percent(String value) {
        Matcher m = PERCENT.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int percent = Integer.parseInt(m.group(1));
        return percent <= 100 ? Optional.of(percent) : Optional.empty();
    }
}
