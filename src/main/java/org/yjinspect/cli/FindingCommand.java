package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.finding.app.AddFindingCommand;
import org.yjinspect.finding.app.ChangeFindingCommand;
import org.yjinspect.finding.app.FindingLine;
import org.yjinspect.finding.domain.Finding;
import org.yjinspect.finding.domain.FindingKind;
import org.yjinspect.records.web.RecordJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code yjinspect finding add|list|edit|remove}: the report's strengths and areas for improvement per domain. */
@Command(name = "finding", mixinStandardHelpOptions = true,
        description = "The report's strengths and areas for improvement, per domain.",
        subcommands = {FindingCommand.Add.class, FindingCommand.ListAll.class, FindingCommand.Edit.class,
            FindingCommand.Remove.class})
public final class FindingCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The findings as the report lists them: per domain, strengths then areas for improvement. */
    static int print(PrintWriter out, List<Finding> listed) {
        if (listed.isEmpty()) {
            out.println("no strengths or areas for improvement yet");
            return 0;
        }
        String heading = null;
        for (Finding f : listed) {
            String now = "Domain " + f.domain() + ", " + f.kind().heading().toLowerCase(java.util.Locale.ROOT);
            if (!now.equals(heading)) {
                heading = now;
                out.println(heading + ":");
            }
            out.println("  " + f.position() + ". " + CaseText.visible(f.text()) + "   [id " + f.id() + "]");
        }
        return 0;
    }

    static int saved(PrintWriter out, FindingLine line) {
        Finding f = line.finding();
        out.println("finding " + f.id() + " is " + f.kind().singular() + " " + f.position() + " of domain " + f.domain()
                + " (revision " + line.revision() + ")");
        return 0;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a strength or an area for improvement"
            + " to a domain; it goes last of that domain's list.")
    static final class Add extends InspectionRecordCommand {
        @Option(names = "--domain", required = true, paramLabel = "N",
                description = "The framework's domain number: 1, 2, 3 (and 4, resettlement, in the 2021 framework).")
        int domain;
        @Option(names = "--kind", required = true, paramLabel = "strength|area")
        String kind;
        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "One paragraph, up to 1000"
                + " characters.")
        String text;

        @Override
        protected int change(Application app, PrintWriter out) {
            FindingKind parsed = FindingKind.parse(kind).orElseThrow(() -> new InputError("--kind " + kind
                    + ": say strength or area (for improvement)"));
            return saved(out, app.findings().add(new AddFindingCommand(inspection, domain, parsed, text, actor())));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The findings in the report's order.")
    static final class ListAll extends InspectionReadCommand {
        @Mixin
        JsonOption output;

        @Override
        protected int run(Application app, PrintWriter out) {
            if (output.json) {
                out.println(RecordJson.write(app.findings().lines(inspection)));
                return 0;
            }
            return print(out, app.findings().of(inspection));
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a finding's words.")
    static final class Edit extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;
        @Option(names = "--base-revision", required = true, paramLabel = "N",
                description = "The revision your change is based on (list --json shows it).")
        int baseRevision;
        @Option(names = "--text", required = true, paramLabel = "TEXT")
        String text;

        @Override
        protected int change(Application app, PrintWriter out) {
            return saved(out, app.findings().change(new ChangeFindingCommand(inspection, id, baseRevision, text,
                    actor())));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a finding; the others of its"
            + " list close up.")
    static final class Remove extends InspectionRecordCommand {
        @Option(names = "--id", required = true, paramLabel = "ID")
        long id;

        @Override
        protected int change(Application app, PrintWriter out) {
            return print(out, app.findings().remove(inspection, id, actor()));
        }
    }
}
