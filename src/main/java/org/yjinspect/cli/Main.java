package org.yjinspect.cli;

import java.io.PrintWriter;
import org.yjinspect.records.app.InspectionLocked;
import org.yjinspect.platform.problem.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: one entry point, one subcommand per use case. */
@Command(name = "yjinspect", mixinStandardHelpOptions = true, version = "yjinspect 0.1.0",
        description = "Inspections of youth justice services by HM Inspectorate of Probation's framework.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RateCommand.class,
            InspectionCommand.class,
            CaseloadCommand.class,
            SampleCommand.class,
            ServeCommand.class,
            ImportReportCommand.class,
            AssessmentCommand.class,
            OrganisationCommand.class,
            PanelCommand.class,
            AuditCommand.class,
        })
public final class Main implements Runnable {
    public static final int INPUT_ERROR = 2;
    public static final int INTERNAL_ERROR = 1;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams; used by tests as well as {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        try {
            return cli.execute(args);
        } finally {
            // Commands print with print(), which an auto-flushing writer does not flush; nothing may be lost at exit.
            out.flush();
            err.flush();
        }
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof InputError || e instanceof Problem || e instanceof InspectionLocked) {
            err.println("error: " + e.getMessage());
            return INPUT_ERROR;
        }
        err.println("internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        err.println("(this is a bug in yjinspect; nothing was changed by the failed command)");
        return INTERNAL_ERROR;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
