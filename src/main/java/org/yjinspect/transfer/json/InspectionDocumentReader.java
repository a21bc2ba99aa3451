package org.yjinspect.transfer.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.json.JsonMistake;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.platform.problem.SafeText;
import org.yjinspect.transfer.domain.DocumentField;
import org.yjinspect.transfer.domain.DocumentSection;
import org.yjinspect.transfer.domain.FieldRule;
import org.yjinspect.transfer.domain.InspectionDocument;
import org.yjinspect.transfer.domain.InspectionFormat;

/**
 * Reads an inspection document from a stream, checking every value by its field's rule as it
 * comes ({@link FieldRule}); the first mistake ends the reading with a problem naming the file,
 * the place (section[row].field and the line), the value and the form expected, and saying that
 * nothing was imported. The header must come first, so a file of another format or format
 * version is refused as such, before its sections are read. A section added to format 1 later
 * (the recommendations, the contextual figures, the findings) may be left out and is then read as no records.
 */
public final class InspectionDocumentReader {
    static final String ADVICE = ". Nothing was imported; correct the file, or export it again from the yjinspect it"
            + " came from";
    private final String what;

    /** @param what the file's name in messages ("mock.json", "the body") */
    public InspectionDocumentReader(String what) {
        this.what = SafeText.shown(what);
    }

    public InspectionDocument read(InputStream in) {
        try (JsonParser parser = Json.mapper().getFactory().createParser(in)) {
            return document(parser);
        } catch (JsonProcessingException e) {
            throw Problem.invalid(JsonMistake.syntax(e, what) + ADVICE);
        } catch (IOException e) {
            throw Problem.invalid(what + " could not be read to its end; send or choose the file again" + ADVICE);
        } catch (Refusal refusal) {
            throw Problem.invalid(what + ": " + refusal.getMessage() + ADVICE);
        }
    }

    private InspectionDocument document(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new Refusal("the file must be one JSON object: an inspection exported by yjinspect (\"format\": \""
                    + InspectionFormat.FORMAT + "\")", parser);
        }
        HeaderFields header = new HeaderFields();
        Map<String, List<Object[]>> sections = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            var section = InspectionFormat.section(name);
            if (section.isPresent()) {
                header.requireComplete(parser);
                sections.put(name, section(parser, section.get()));
            } else {
                header.read(name, parser);
            }
        }
        if (parser.nextToken() != null) {
            throw new Refusal("there is more after the end of the JSON object; a file holds one inspection", parser);
        }
        header.requireComplete(parser);
        for (DocumentSection section : InspectionFormat.sections()) {
            if (!sections.containsKey(section.name()) && !section.mayBeAbsent()) {
                throw new Refusal(section.name() + " is missing; a file of format " + InspectionFormat.VERSION
                        + " has every section (" + InspectionFormat.sectionNames() + ")", parser);
            }
        }
        return new InspectionDocument(header.header(), sections);
    }

    private static List<Object[]> section(JsonParser parser, DocumentSection section) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        JsonToken token = parser.currentToken();
        if (section.shape() == DocumentSection.Shape.LIST) {
            if (token != JsonToken.START_ARRAY) {
                throw new Refusal(section.name() + ": expected a list of records ([...])", parser);
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                rows.add(row(parser, section, section.name() + "[" + rows.size() + "]"));
            }
        } else if (token != JsonToken.VALUE_NULL || section.shape() == DocumentSection.Shape.ONE) {
            rows.add(row(parser, section, section.name()));
        }
        return rows;
    }

    private static Object[] row(JsonParser parser, DocumentSection section, String path) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new Refusal(path + ": expected a record ({...})"
                    + (section.shape() == DocumentSection.Shape.ONE ? "" : " or null"), parser);
        }
        Object[] values = new Object[section.fields().size()];
        boolean[] given = new boolean[values.length];
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int at = indexOf(section, name);
            if (at < 0) {
                throw new Refusal(path + ": unknown field \"" + SafeText.shown(name) + "\"; the fields of "
                        + section.name() + " are " + fieldNames(section), parser);
            }
            parser.nextToken();
            DocumentField field = section.fields().get(at);
            FieldRule.Checked checked = FieldRule.check(path + "." + name, field, raw(parser));
            if (checked.refused()) {
                throw new Refusal(checked.refusal(), parser);
            }
            values[at] = checked.value();
            given[at] = true;
        }
        for (int i = 0; i < given.length; i++) {
            if (!given[i]) {
                DocumentField field = section.fields().get(i);
                throw new Refusal(path + "." + field.name() + " is missing; expected " + FieldRule.form(field)
                        + (field.nullable() ? ", or null" : ""), parser);
            }
        }
        return values;
    }

    /** The value under the parser as the field rules take it. */
    static Object raw(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getDecimalValue() : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> {
                parser.skipChildren();
                yield FieldRule.NESTED;
            }
        };
    }

    private static int indexOf(DocumentSection section, String name) {
        for (int i = 0; i < section.fields().size(); i++) {
            if (section.fields().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String fieldNames(DocumentSection section) {
        return String.join(", ", section.fields().stream().map(DocumentField::name).toList());
    }

    /** A mistake found while reading, with the line it is on. */
    static final class Refusal extends RuntimeException {
        Refusal(String message, JsonParser parser) {
            super(message + (parser.currentLocation() == null ? "" : " (line " + parser.currentLocation().getLineNr()
                    + ")"), null, false, false);
        }
    }
}
