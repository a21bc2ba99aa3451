package org.yjinspect.export.app;

import java.util.function.Consumer;
import org.yjinspect.export.domain.ExportedCase;

/** Where the sampled cases and their answers are read from, streamed, never loaded whole. */
public interface ExportedCases {
    /**
     * Runs {@code work} on one consistent view of the inspection's records, so the sheets of a
     * workbook agree with each other even while inspectors go on answering.
     */
    void inOneView(long inspectionId, Consumer<Reading> work);

    /** One consistent view: each call streams every case ever in the sample, in sample order. */
    interface Reading {
        void eachCase(Consumer<ExportedCase> each);
    }
}
