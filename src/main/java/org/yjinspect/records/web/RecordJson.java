package org.yjinspect.records.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Locale;
import org.yjinspect.platform.json.Json;
import org.yjinspect.platform.web.BadRequest;
import org.yjinspect.rating.domain.Rating;

/**
 * How the record-keeping features (assessments, organisation, panel, audit) answer in JSON:
 * the shared mapper, with answers and statuses written as lower-case words ("not_applicable",
 * "returned_for_rework") and ratings by their published labels ("Requires improvement").
 * Every string is JSON-escaped, and the characters that mean something in HTML ({@code < > & '})
 * are escaped too, so stored text stays inert even if a page embeds the JSON.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule()
                    .addSerializer(Rating.class, new RatingLabel())
                    .addSerializer(Enum.class, new LowerCaseEnum()));

    static {
        MAPPER.getFactory().setCharacterEscapes(new HtmlSafe());
    }

    private RecordJson() {
    }

    public static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The same JSON as the API gives (compact there), indented for people reading the command line's --json. */
    public static String write(Object body) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static void send(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    /** The base revision every write states: 0 for a record that does not exist yet. */
    public static int baseRevision(Integer given) {
        if (given == null) {
            throw new BadRequest("baseRevision is required: the revision your change is based on (0 for a record"
                    + " that does not exist yet)");
        }
        if (given < 0) {
            throw new BadRequest("baseRevision must not be negative (got " + given + ")");
        }
        return given;
    }

    /** Escapes the HTML-significant characters as JSON unicode escapes, on top of JSON's own escaping. */
    private static final class HtmlSafe extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafe() {
            escapes = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                escapes[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private static final class RatingLabel extends JsonSerializer<Rating> {
        @Override
        public void serialize(Rating rating, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(rating.label());
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class LowerCaseEnum extends JsonSerializer<Enum> {
        @Override
        public void serialize(Enum value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }
}
