package org.yjinspect.transfer.domain;

/**
 * Where an exported document goes, one row at a time, so that no inspection is ever held whole in
 * memory: the header, then every section in {@link InspectionFormat}'s order, each opened, given
 * its rows (values in the section's field order) and closed.
 */
public interface DocumentSink {
    void header(DocumentHeader header);

    void open(DocumentSection section);

    void row(DocumentSection section, Object[] values);

    void close(DocumentSection section);

    /** After the last section. */
    void finish();
}
