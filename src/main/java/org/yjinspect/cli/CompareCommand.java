package org.yjinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yjinspect compare standard|key-question|service|inspection}: comparisons with the library (docs/comparisons.md). */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare with the library of published inspections: a standard's ratings, a key question's"
                + " figures, a service over time, or where a live inspection's figures sit.",
        subcommands = {CompareStandardCommand.class, CompareKeyQuestionCommand.class, CompareServiceCommand.class,
            CompareInspectionCommand.class})
public final class CompareCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
