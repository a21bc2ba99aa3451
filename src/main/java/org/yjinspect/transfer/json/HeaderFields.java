package org.yjinspect.transfer.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.transfer.domain.DocumentField;
import org.yjinspect.transfer.domain.DocumentHeader;
import org.yjinspect.transfer.domain.FieldKind;
import org.yjinspect.transfer.domain.FieldRule;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * The document's header as it is read: what the file is, its format version and the framework
 * version, each refused in words as soon as it is read, so a file this yjinspect cannot read is
 * never read further.
 */
final class HeaderFields {
    private static final DocumentField EXPORTED_WITH = DocumentField.name("exportedWith", null, 100);
    private static final DocumentField EXPORTED_AT = DocumentField.of("exportedAt", null, FieldKind.TIMESTAMP);
    private static final DocumentField SOURCE = DocumentField.whole("sourceInspectionId", null, 1, Long.MAX_VALUE);
    private boolean format;
    private Integer formatVersion;
    private FrameworkVersion frameworkVersion;
    private String exportedWith;
    private OffsetDateTime exportedAt;
    private Long source;

    void read(String name, JsonParser parser) throws IOException {
        Object raw = InspectionDocumentReader.raw(parser);
        switch (name) {
            case "format" -> {
                if (!InspectionFormat.FORMAT.equals(raw)) {
                    throw refusal("format: " + shown(raw) + " is not an inspection exported by yjinspect (\"format\": \""
                            + InspectionFormat.FORMAT + "\")", parser);
                }
                format = true;
            }
            case "formatVersion" -> {
                if (!Long.valueOf(InspectionFormat.VERSION).equals(raw)) {
                    throw refusal("formatVersion: " + shown(raw) + " is not a format this yjinspect reads (it reads "
                            + InspectionFormat.VERSION + "); import it with the yjinspect version that exported it,"
                            + " or a later one", parser);
                }
                formatVersion = InspectionFormat.VERSION;
            }
            case "frameworkVersion" -> frameworkVersion = Optional.ofNullable(raw instanceof String s ? s : null)
                    .flatMap(FrameworkVersion::fromLabel).orElseThrow(() -> refusal("frameworkVersion: " + shown(raw)
                            + " is not a framework version this yjinspect holds (2018 or 2021)", parser));
            case "exportedWith" -> exportedWith = (String) checked(EXPORTED_WITH, raw, parser);
            case "exportedAt" -> exportedAt = (OffsetDateTime) checked(EXPORTED_AT, raw, parser);
            case "sourceInspectionId" -> source = (Long) checked(SOURCE, raw, parser);
            default -> throw refusal("unknown field \"" + SafeText.shown(name) + "\"; a file of format "
                    + InspectionFormat.VERSION + " has format, formatVersion, frameworkVersion, exportedWith, exportedAt,"
                    + " sourceInspectionId and the sections " + InspectionFormat.sectionNames(), parser);
        }
    }

    /** Before the first section and at the end: the header is whole. */
    void requireComplete(JsonParser parser) {
        String missing = !format ? "format" : formatVersion == null ? "formatVersion" : frameworkVersion == null
                ? "frameworkVersion" : exportedWith == null ? "exportedWith" : exportedAt == null ? "exportedAt"
                : source == null ? "sourceInspectionId" : null;
        if (missing != null) {
            throw refusal(missing + " is missing: a file begins with format, formatVersion, frameworkVersion,"
                    + " exportedWith, exportedAt and sourceInspectionId, before its sections", parser);
        }
    }

    DocumentHeader header() {
        return new DocumentHeader(formatVersion, frameworkVersion, exportedWith, exportedAt, source);
    }

    private static Object checked(DocumentField field, Object raw, JsonParser parser) {
        FieldRule.Checked checked = FieldRule.check(field.name(), field, raw);
        if (checked.refused()) {
            throw refusal(checked.refusal(), parser);
        }
        return checked.value();
    }

    private static String shown(Object raw) {
        return raw instanceof String s ? "\"" + SafeText.shown(s) + "\"" : raw == FieldRule.NESTED ? "an object or list"
                : SafeText.shown(String.valueOf(raw));
    }

    private static InspectionDocumentReader.Refusal refusal(String message, JsonParser parser) {
        return new InspectionDocumentReader.Refusal(message, parser);
    }
}
