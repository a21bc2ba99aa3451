package org.yjinspect.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "yjinspect", mixinStandardHelpOptions = true, version = "yjinspect 0.1.0",
        description = "Inspections of youth justice services by HM Inspectorate of Probation's framework.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
