package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.access.app.InspectionTeam;
import org.yjinspect.records.web.RecordJson;

/** How a team or allocation change is printed: its sentence, or JSON with --json. */
final class TeamText {
    private TeamText() {
    }

    static void print(PrintWriter out, JsonOption output, InspectionTeam.Changed changed) {
        out.println(output.json ? RecordJson.write(changed) : changed.message());
    }
}
