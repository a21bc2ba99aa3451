package org.yjinspect.export.app;

/** A file of several tables written one after the other (an XLSX workbook); a sheet is complete once the next is asked for. */
public interface Workbook {
    Table sheet(String name);
}
