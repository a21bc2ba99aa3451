package org.yjinspect.export.app;

import java.util.Objects;

/** The two exports of this feature, as the composition root hands them to the web routes and the command line. */
public record Exports(CaseExports cases, AuditExport audit) {
    public Exports {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(audit, "audit");
    }
}
