package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.comparison.app.InspectionComparison;
import org.yjinspect.comparison.web.PlacementJson;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code yjinspect compare inspection --inspection ID}: where each live key-question figure sits among the library's. */
@Command(name = "inspection", mixinStandardHelpOptions = true, description = "Where each live key-question figure"
        + " of an inspection or self-assessment sits among the library's inspections of the same framework version.")
final class CompareInspectionCommand extends InspectionReadCommand {
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        InspectionComparison compared = app.comparisons().inspection(inspection);
        if (output.json) {
            out.println(RecordJson.write(PlacementJson.inspection(compared)));
            return 0;
        }
        out.println(compared.service() + " (" + compared.kind().label() + " " + compared.inspectionId() + ", "
                + compared.version().label() + " framework) among " + compared.libraryInspections() + " published "
                + compared.version().label() + " inspections");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"key question", "live", "n", "library n", "higher", "same", "lower"});
        for (InspectionComparison.Place p : compared.places()) {
            rows.add(new String[] {p.keyQuestionId(), p.live().percent().map(v -> v + "%").orElse("-"),
                String.valueOf(p.live().relevant()), String.valueOf(p.library().n()),
                p.placement().map(x -> String.valueOf(x.higher())).orElse("-"),
                p.placement().map(x -> String.valueOf(x.same())).orElse("-"),
                p.placement().map(x -> String.valueOf(x.lower())).orElse("-")});
        }
        CompareText.table(out, rows);
        compared.places().forEach(p -> out.println(p.words().value()));
        return 0;
    }
}
