package org.yjinspect.transfer.app;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.inspection.app.InspectionService;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;
import org.yjinspect.transfer.domain.DocumentConsistencyPolicy;
import org.yjinspect.transfer.domain.DocumentHeader;
import org.yjinspect.transfer.domain.DocumentSink;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * The whole inspection out as one document, and a document in as a new inspection
 * (docs/transfer.md). An import is checked whole before anything is stored: each value by its
 * field's rule as it is read, then the document by {@link DocumentConsistencyPolicy}; then it is
 * stored in one transaction, so a bad file leaves nothing behind.
 */
public final class InspectionTransfer {
    /** The exporting yjinspect, as documents name it. */
    public static final String YJINSPECT = "yjinspect " + version();
    private final InspectionService inspections;
    private final Function<FrameworkVersion, Framework> catalogue;
    private final TransferStore store;
    private final Clock clock;

    public InspectionTransfer(InspectionService inspections, Function<FrameworkVersion, Framework> catalogue,
                              TransferStore store, Clock clock) {
        this.inspections = inspections;
        this.catalogue = catalogue;
        this.store = store;
        this.clock = clock;
    }

    /** Writes the inspection to the sink, section by section; an unknown inspection is a not-found problem. */
    public void export(long inspectionId, DocumentSink sink) {
        Inspection inspection = inspections.get(inspectionId);
        DocumentHeader header = new DocumentHeader(InspectionFormat.VERSION, inspection.details().frameworkVersion(),
                YJINSPECT, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), inspectionId);
        store.export(inspectionId, header, sink);
    }

    /** The document as a new inspection led by the importer, or a problem saying what in the file is wrong. */
    public ImportedInspection importDocument(ImportInspectionCommand command) {
        Framework framework = catalogue.apply(command.document().header().frameworkVersion());
        Ruling<Verdict> hangsTogether = DocumentConsistencyPolicy.check(command.document(), framework);
        if (!hangsTogether.allowed()) {
            throw Problem.invalid(command.source() + ": " + hangsTogether.reason() + ". Nothing was imported;"
                    + " correct the file, or export it again from the yjinspect it came from");
        }
        long id = store.store(command);
        return new ImportedInspection(id, command.document().header().sourceInspectionId(),
                command.document().one("publication").isPresent(), command.document().counts());
    }

    private static String version() {
        String version = InspectionTransfer.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
