package org.yjinspect.cli;

import picocli.CommandLine.Command;

/** {@code yjinspect export cases|audit|dictionary|second-readings}: the data exports written to a file (docs/exports.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write an inspection's data to a file: the case-level answers (CSV or XLSX), the data"
                + " dictionary, the audit trail or both readings of the second-read cases (CSV).",
        subcommands = {ExportCasesCommand.class, ExportDictionaryCommand.class, ExportAuditCommand.class,
                ExportSecondReadingsCommand.class})
public final class ExportCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
