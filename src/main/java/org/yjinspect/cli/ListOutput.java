package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;
import org.yjinspect.records.web.RecordJson;

/** How a list command prints: the records as JSON with --json, else one line each, or what to do when there are none. */
final class ListOutput {
    private ListOutput() {
    }

    static <T> int print(PrintWriter out, boolean json, List<T> rows, String whenNone, Function<T, String> line) {
        if (json) {
            out.println(RecordJson.write(rows));
        } else if (rows.isEmpty()) {
            out.println(whenNone);
        } else {
            rows.forEach(row -> out.println(line.apply(row)));
        }
        return 0;
    }
}
