package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.yjinspect.Application;
import org.yjinspect.cli.InputError;
import org.yjinspect.platform.problem.Problem;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on stored data: opens the application on the chosen database, runs,
 * and always closes it (stopping the embedded server). A {@link Problem} becomes an input
 * error: exit code 2 and the message, no stack trace.
 */
public abstract class DatabaseCommand implements Callable<Integer> {
    @Mixin
    protected DatabaseOptions database;

    @Spec
    protected CommandSpec spec;

    @Override
    public final Integer call() {
        try (Application app = Application.open(config())) {
            return run(app, spec.commandLine().getOut());
        } catch (Problem problem) {
            throw new InputError(problem.getMessage(), problem);
        }
    }

    private org.yjinspect.platform.db.DatabaseConfig config() {
        try {
            return database.config();
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage(), e);
        }
    }

    /** Runs with the application open; returns the exit code. */
    protected abstract int run(Application app, PrintWriter out);
}
