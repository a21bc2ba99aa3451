package org.yjinspect.cli;

import java.io.PrintWriter;
import java.util.List;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.records.web.RecordJson;
import org.yjinspect.cli.DatabaseCommand;
import org.yjinspect.platform.problem.SafeText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yjinspect audit --inspection ID [--case REF] [--standard N]}: the audit trail, oldest first. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Every change to an inspection's records: who, when, what, old value, new value.")
public final class AuditCommand extends DatabaseCommand {
    @Option(names = "--inspection", required = true, paramLabel = "ID")
    long inspection;
    @Option(names = "--case", paramLabel = "REFERENCE", description = "Only this sampled case.")
    String caseReference;
    @Option(names = "--standard", paramLabel = "N", description = "Only this standard, e.g. 2.1.")
    String standard;
    @Option(names = "--after", defaultValue = "0", paramLabel = "ID", description = "Only entries after this one.")
    long after;
    @Option(names = "--limit", defaultValue = "500", paramLabel = "N")
    int limit;
    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    protected int run(Application app, PrintWriter out) {
        List<AuditEntry> entries = app.audit().entries(new AuditQuery(inspection, caseReference, standard, after, limit));
        if (json) {
            out.println(RecordJson.write(entries));
            return 0;
        }
        for (AuditEntry e : entries) {
            out.println(e.id() + "  " + e.recordedAt() + "  " + e.actor() + "  "
                    + (e.caseReference() != null ? "case " + e.caseReference() + " " : "")
                    + e.entity() + " " + e.record() + " " + e.field() + ": " + value(e.oldValue()) + " -> "
                    + value(e.newValue()));
        }
        return 0;
    }

    private static String value(String text) {
        return text == null ? "(none)" : "\"" + SafeText.shown(text) + "\"";
    }
}
