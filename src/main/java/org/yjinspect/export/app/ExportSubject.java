package org.yjinspect.export.app;

import org.yjinspect.export.domain.ExportFileName;

/**
 * The inspection an export is of: its id and its service's name (null when only a deleted
 * inspection's audit trail is left), which name the files.
 */
public record ExportSubject(long inspectionId, String serviceName) {
    public String fileName(String what, String extension) {
        return ExportFileName.of(inspectionId, serviceName, what, extension);
    }
}
