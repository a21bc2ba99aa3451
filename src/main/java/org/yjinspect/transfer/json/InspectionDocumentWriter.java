package org.yjinspect.transfer.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.yjinspect.platform.json.Json;
import org.yjinspect.transfer.domain.DocumentHeader;
import org.yjinspect.transfer.domain.DocumentSection;
import org.yjinspect.transfer.domain.DocumentSink;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * Writes the document straight to an output stream as it is handed over, one row at a time:
 * nothing of size is held in memory. Dates and times are ISO-8601 text, codes as stored.
 */
public final class InspectionDocumentWriter implements DocumentSink, AutoCloseable {
    private final JsonGenerator json;
    private boolean rowWritten;

    public InspectionDocumentWriter(OutputStream out) {
        try {
            this.json = Json.mapper().getFactory().createGenerator(out, JsonEncoding.UTF8).useDefaultPrettyPrinter();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void header(DocumentHeader header) {
        write(() -> {
            json.writeStartObject();
            json.writeStringField("format", InspectionFormat.FORMAT);
            json.writeNumberField("formatVersion", header.formatVersion());
            json.writeStringField("frameworkVersion", header.frameworkVersion().label());
            json.writeStringField("exportedWith", header.exportedWith());
            json.writeStringField("exportedAt", header.exportedAt().toString());
            json.writeNumberField("sourceInspectionId", header.sourceInspectionId());
        });
    }

    @Override
    public void open(DocumentSection section) {
        write(() -> {
            rowWritten = false;
            json.writeFieldName(section.name());
            if (section.shape() == DocumentSection.Shape.LIST) {
                json.writeStartArray();
            }
        });
    }

    @Override
    public void row(DocumentSection section, Object[] values) {
        write(() -> {
            rowWritten = true;
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                json.writeFieldName(section.fields().get(i).name());
                value(values[i]);
            }
            json.writeEndObject();
        });
    }

    /** Ends a section; a section of one object that had no row is written as null (no sample yet, not published). */
    @Override
    public void close(DocumentSection section) {
        write(() -> {
            if (section.shape() == DocumentSection.Shape.LIST) {
                json.writeEndArray();
            } else if (!rowWritten) {
                json.writeNull();
            }
        });
    }

    @Override
    public void finish() {
        write(() -> {
            json.writeEndObject();
            json.flush();
        });
    }

    @Override
    public void close() {
        write(json::close);
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long n) {
            json.writeNumber(n);
        } else if (value instanceof Integer n) {
            json.writeNumber(n);
        } else if (value instanceof BigDecimal n) {
            json.writeNumber(n.toPlainString());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(value.toString());
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
