package org.yjinspect.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.records.app.InspectionLocked;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The command line: one entry point, one subcommand per use case, and the one place where a
 * failure becomes an exit code. A user's mistake (an unknown command or option, a bad value, a
 * refused input, a file that cannot be read) prints "error: ..." and exits with 2; only a bug
 * exits with 1.
 */
@Command(name = "yjinspect", mixinStandardHelpOptions = true, version = "yjinspect 0.1.0",
        description = "Inspections of youth justice services by HM Inspectorate of Probation's framework.",
        subcommands = {
            CommandLine.HelpCommand.class,
            RateCommand.class,
            InspectionCommand.class,
            CaseloadCommand.class,
            SampleCommand.class,
            ServeCommand.class,
            DemoCommand.class,
            ImportReportCommand.class,
            AssessmentCommand.class,
            OrganisationCommand.class,
            PanelCommand.class,
            AuditCommand.class,
            UserCommand.class,
            TokenCommand.class,
            TeamCommand.class,
            AllocationCommand.class,
            AllocationsCommand.class,
            ReportCommand.class,
            RecommendationCommand.class,
            ContextCommand.class,
            FindingCommand.class,
            ExportCommand.class,
            SecondReadingCommand.class,
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
        cli.registerConverter(LocalDate.class, new IsoDate());
        NumberOption.registerAll(cli);
        cli.setExecutionStrategy(Main::runUnlessUnmatched);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        try {
            String unsafe = ArgumentText.refusal(args);
            if (unsafe != null) {
                err.println("error: " + unsafe);
                return INPUT_ERROR;
            }
            return cli.execute(args);
        } finally {
            // Commands print with print(), which an auto-flushing writer does not flush; nothing may be lost at exit.
            out.flush();
            err.flush();
        }
    }

    /**
     * picocli shows the help for "--help" even after a word it did not recognise ("yjinspect
     * report --help"): an unknown command is a mistake whatever follows it. Options the help does
     * not need ("assessment --help --data-dir x") are let pass, as picocli does.
     */
    private static int runUnlessUnmatched(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (!level.unmatched().isEmpty() && !level.unmatched().get(0).startsWith("-")) {
                throw new CommandLine.UnmatchedArgumentException(level.commandSpec().commandLine(), level.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + usageMessage(e, command));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' to see the usage.");
        return INPUT_ERROR;
    }

    private static String usageMessage(CommandLine.ParameterException e, CommandLine command) {
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            String first = SafeText.shown(words.get(0));
            if (!command.getSubcommands().isEmpty() && !first.startsWith("-")) {
                return "unknown command '" + first + "' for " + command.getCommandSpec().qualifiedName()
                        + "; the commands are " + String.join(", ", command.getSubcommands().keySet());
            }
            return (first.startsWith("-") ? "unknown option '" : "unexpected argument '") + first + "'";
        }
        return e.getMessage();
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof InputError || e instanceof Problem || e instanceof InspectionLocked) {
            err.println("error: " + e.getMessage());
            return INPUT_ERROR;
        }
        InputError file = InputError.fromFile(e);
        if (file != null) {
            err.println("error: " + file.getMessage());
            return INPUT_ERROR;
        }
        err.println("internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        err.println("(this is a bug in yjinspect; nothing was changed by the failed command)");
        return INTERNAL_ERROR;
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
