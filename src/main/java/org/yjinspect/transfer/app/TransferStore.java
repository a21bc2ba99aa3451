package org.yjinspect.transfer.app;

import org.yjinspect.transfer.domain.DocumentHeader;
import org.yjinspect.transfer.domain.DocumentSink;
import org.yjinspect.transfer.domain.InspectionDocument;

/** Where inspections are read from for export and stored to on import. */
public interface TransferStore {
    /** Hands every section of the inspection to the sink, row by row, from one consistent reading. */
    void export(long inspectionId, DocumentHeader header, DocumentSink sink);

    /**
     * Stores the document as a new inspection in one transaction, led by the importer, with the
     * source's audit trail followed by the import's own entries; returns the new inspection's id.
     * Nothing is stored when any part fails.
     */
    long store(ImportInspectionCommand command);
}
