package org.yjinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yjinspect team add|remove|list}: who is on an inspection's team, in which roles (docs/access.md). */
@Command(name = "team", mixinStandardHelpOptions = true, description = "An inspection's team: roles per person.",
        subcommands = {TeamAddCommand.class, TeamRemoveCommand.class, TeamListCommand.class})
public final class TeamCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
