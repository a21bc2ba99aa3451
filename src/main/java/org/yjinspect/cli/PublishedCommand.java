package org.yjinspect.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code yjinspect published add|list|show|remove|export}: the library of published inspections (docs/library.md). */
@Command(name = "published", mixinStandardHelpOptions = true,
        description = "The library of published inspections: add report files, list, show, remove, export.",
        subcommands = {PublishedAddCommand.class, PublishedListCommand.class, PublishedShowCommand.class,
            PublishedRemoveCommand.class, PublishedExportCommand.class})
public final class PublishedCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
