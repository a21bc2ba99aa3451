package org.yjinspect.published.parse;

import java.util.ArrayList;
import java.util.List;
import org.yjinspect.published.domain.CaseFigure;
import org.yjinspect.published.domain.ImportWarning;
import org.yjinspect.published.domain.WarningKind;

/**
 * Turns a row's printed values into a {@link CaseFigure} by its table's columns, reading an OCR
 * "o" as a nought (with a warning) and refusing figures that cannot be true ('Yes' above
 * relevant, relevant above the cases the table is "Of"). A row with more figures than its table
 * has columns is misaligned and left out rather than read by position.
 */
final class Figures {
    private Figures() {
    }

    static CaseFigure of(FigureTable.Row row, FigureTable.Header header, boolean keyQuestion, String where,
                         List<ImportWarning> warnings) {
        List<FigureTable.Column> columns = header.columns();
        List<String> values = row.values();
        List<FigureCell> cells = new ArrayList<>();
        for (String value : values) {
            cells.add(FigureCell.parse(value).orElse(null));
        }
        boolean countsInOneCell = cells.stream().anyMatch(c -> c != null && c.hasCounts());
        if (cells.stream().skip(columns.size()).anyMatch(c -> c != null)) {
            warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, where + ": " + values.size()
                    + " figures printed under " + columns.size() + " column(s); the row was left out", row.line()));
            return null;
        }
        if (values.size() < columns.size() && !countsInOneCell) {
            warnings.add(ImportWarning.at(WarningKind.UNREADABLE_LINE, where + ": expected " + columns.size()
                    + " figures, found " + values.size(), row.line()));
            return null;
        }
        Integer relevant = null;
        Integer yes = null;
        Integer percent = null;
        for (int c = 0; c < Math.min(columns.size(), cells.size()); c++) {
            FigureCell cell = cells.get(c);
            if (cell == null) {
                continue;
            }
            if (cell.ocrNought()) {
                warnings.add(ImportWarning.at(WarningKind.OCR_SLIP, where
                        + ": the letter 'o' printed as a figure, read as 0", row.line()));
            }
            if (cell.hasCounts()) {
                yes = cell.yes();
                relevant = cell.relevant();
                percent = cell.percent() != null ? cell.percent() : percent;
                continue;
            }
            switch (columns.get(c)) {
                case RELEVANT -> relevant = cell.count();
                case YES -> yes = cell.count();
                case PERCENT -> percent = cell.percent();
                case COUNTS -> { }
            }
        }
        return build(yes, relevant, percent, header.base(), keyQuestion, where, row.line(), warnings);
    }

    private static CaseFigure build(Integer yes, Integer relevant, Integer percent, Integer base, boolean keyQuestion,
                                    String where, int line, List<ImportWarning> warnings) {
        if (percent != null && (yes == null || relevant == null)) {
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
        if (percent != null && relevant > 0 && Math.abs(CaseFigure.counted(yes, relevant).percent() - percent) > 1) {
            warnings.add(ImportWarning.at(WarningKind.INCONSISTENT_FIGURES, where + ": " + percent + "% is printed for "
                    + yes + " 'Yes' cases out of " + relevant + "; the counts are used", line));
        }
        if (base != null && relevant > base) {
            warnings.add(ImportWarning.at(WarningKind.INCONSISTENT_FIGURES, where + ": " + relevant
                    + " relevant cases, more than the " + base + " cases the table is of", line));
        }
        return CaseFigure.counted(yes, relevant);
    }
}
