package org.yjinspect.export.app;

import java.util.List;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.app.AuditService;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.export.domain.AuditTable;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.app.ConsistentReads;

/**
 * Use case: every entry of an inspection's audit trail as one table, oldest first. The trail is
 * read a page of {@value AuditQuery#LARGEST_LIMIT} entries at a time, each page written before
 * the next is read, so a trail of any length takes the memory of one page. All pages are read
 * in one consistent view, so an entry committed late with a lower id is never skipped. A deleted
 * inspection's trail is still exported (to those the access rules let read it).
 */
public final class AuditExport {
    private final InspectionService inspections;
    private final AuditService audit;
    private final ConsistentReads reads;
    private final int pageSize;

    public AuditExport(InspectionService inspections, AuditService audit, ConsistentReads reads) {
        this(inspections, audit, reads, AuditQuery.LARGEST_LIMIT);
    }

    /** With pages of {@code pageSize} entries (tests use small pages to show no entry falls between two). */
    public AuditExport(InspectionService inspections, AuditService audit, ConsistentReads reads, int pageSize) {
        this.inspections = inspections;
        this.audit = audit;
        this.reads = reads;
        this.pageSize = pageSize;
    }

    /** The inspection whose trail to export: known or deleted, else not found. */
    public ExportSubject subject(long inspectionId) {
        inspections.requireKnown(inspectionId);
        return new ExportSubject(inspectionId, serviceName(inspectionId));
    }

    public void write(long inspectionId, Table out) {
        out.header(AuditTable.COLUMNS);
        reads.read(() -> {
            long after = 0;
            List<AuditEntry> page;
            do {
                page = audit.entries(new AuditQuery(inspectionId, null, null, after, pageSize));
                page.forEach(e -> out.row(AuditTable.row(e)));
                after = page.isEmpty() ? after : page.get(page.size() - 1).id();
            } while (page.size() == pageSize);
            return page.size();
        });
    }

    /** A deleted inspection has no service name left to put in the file name: the id alone names it. */
    private String serviceName(long inspectionId) {
        try {
            return inspections.get(inspectionId).details().serviceName();
        } catch (Problem deleted) {
            return null;
        }
    }
}
