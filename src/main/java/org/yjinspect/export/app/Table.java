package org.yjinspect.export.app;

import java.util.List;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;

/** Where an export's rows go, one at a time, as they are read: a CSV file or a spreadsheet's sheet. */
public interface Table {
    /** The header; called once, first. */
    void header(List<Column> columns);

    void row(List<Cell> cells);
}
