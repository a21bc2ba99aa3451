package org.yjinspect.report.page;

/**
 * Which exports the report-and-exports page offers this person: case-level data needs
 * READ_EVIDENCE, the audit trail READ_AUDIT, the whole inspection the lead inspector.
 */
public record ExportLinks(long inspectionId, boolean caseData, boolean auditTrail, boolean wholeInspection) {
    public String base() {
        return "/inspections/" + inspectionId;
    }
}
