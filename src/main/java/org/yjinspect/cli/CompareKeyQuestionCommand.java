package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.comparison.app.DistributionQuery;
import org.yjinspect.comparison.app.KeyQuestionComparison;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.LibraryFigure;
import org.yjinspect.comparison.web.ComparisonJson;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect compare key-question --version 2021 --key-question 2.1.desistance}: its % 'Yes' across the library. */
@Command(name = "key-question", description = "A key question's % 'Yes' across the library's inspections of a"
        + " framework version: quartiles and each inspection's figure.")
final class CompareKeyQuestionCommand extends DatabaseCommand {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;
    @Option(names = "--version", required = true, paramLabel = "2018|2021", description = "The framework version.")
    String version;
    @Option(names = "--key-question", required = true, paramLabel = "ID", description = "Such as 2.1.desistance.")
    String keyQuestion;
    @Mixin
    JsonOption output;

    @Override
    protected int run(Application app, PrintWriter out) {
        KeyQuestionComparison kq = app.comparisons().keyQuestion(DistributionQuery.of(version, null, keyQuestion));
        if (output.json) {
            out.println(RecordJson.write(ComparisonJson.keyQuestion(kq)));
            return 0;
        }
        out.println(kq.name() + ", " + kq.spread().version().label() + " framework");
        out.println(CompareText.spread(kq.spread()) + "  (quartiles by " + kq.quartileMethod() + ")");
        if (!kq.spread().figures().isEmpty()) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"library id", "service", "published", "% yes", "relevant cases"});
            for (LibraryFigure f : kq.spread().figures()) {
                rows.add(new String[] {String.valueOf(f.libraryId()), f.service(), f.published().toString(),
                    f.percent() + "%", f.relevant() == null ? "not printed" : String.valueOf(f.relevant())});
            }
            CompareText.table(out, rows);
        }
        String other = Correspondence.other(kq.spread().version()).label();
        CompareText.mapping(out, kq.mapping(), other);
        kq.counterpart().ifPresent(s -> out.println("In " + other + " inspections: " + CompareText.spread(s)));
        return 0;
    }
}
