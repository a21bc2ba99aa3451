package org.yjinspect.export.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX workbook written as it goes: one sheet after the other, each finished before the next
 * begins. Text goes into the workbook's shared strings while it holds fewer than
 * {@value #LARGEST_SHARED} distinct texts (the wordings and answer words repeat on every row:
 * shared, they are stored once), then inline, so even the string table stays bounded.
 */
public final class XlsxWorkbook implements org.yjinspect.export.app.Workbook {
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int LARGEST_SHARED = 20_000;
    private final Workbook workbook;
    private final Set<String> shared = new HashSet<>();
    private XlsxSheet current;

    public XlsxWorkbook(OutputStream out) {
        this.workbook = new Workbook(out, "yjinspect", "0.1");
    }

    @Override
    public XlsxSheet sheet(String name) {
        finishSheet();
        current = new XlsxSheet(workbook.newWorksheet(name), this);
        return current;
    }

    /** Finishes the last sheet and the workbook (the zip's directory); the caller closes the stream. */
    public void finish() {
        finishSheet();
        try {
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a text may go into the shared strings (it is already there, or there is room). */
    boolean share(String text) {
        return shared.contains(text) || shared.size() < LARGEST_SHARED && shared.add(text);
    }

    private void finishSheet() {
        if (current != null) {
            current.finish();
            current = null;
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }

    static void finish(Worksheet sheet) {
        try {
            sheet.finish();
        } catch (IOException e) {
            throw unchecked(e);
        }
    }
}
