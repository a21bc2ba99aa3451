package org.yjinspect.platform.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.yjinspect.platform.json.StrictJson;
import org.yjinspect.platform.problem.SafeText;

/**
 * The one way the API reads a request: ids from the path, text from headers, JSON bodies into
 * request records. A body must be a JSON object of at most 1 MB, sent as UTF-8 (with Content-Type
 * application/json, or none); then {@link StrictJson} reads it. Every mistake is a 4xx naming the
 * field, the value and the form expected.
 */
public final class Requests {
    public static final int LARGEST_BODY = 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private Requests() {
    }

    public static long id(Context ctx, String name) {
        return id(name, ctx.pathParam(name));
    }

    /** A path parameter's value read as an id, or a 400 naming the parameter and the value. */
    public static long id(String name, String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new BadRequest(name + " must be a positive whole number (got \"" + SafeText.shown(raw) + "\")");
        }
        return Long.parseLong(raw);
    }

    /**
     * A header's text. HTTP carries header bytes, which the server reads one byte to a character;
     * clients send names like "Siân Ó Briain" as UTF-8, so the bytes are read again as UTF-8 when
     * they are valid UTF-8 (plain ASCII reads the same either way).
     */
    public static String header(Context ctx, String name) {
        String raw = ctx.header(name);
        if (raw == null || raw.chars().allMatch(c -> c < 0x80) || raw.chars().anyMatch(c -> c > 0xFF)) {
            return raw;
        }
        try {
            return utf8(raw.getBytes(StandardCharsets.ISO_8859_1));
        } catch (CharacterCodingException e) {
            return raw;
        }
    }

    public static <T> T body(Context ctx, Class<T> type) {
        requireJson(ctx);
        if (ctx.contentLength() > LARGEST_BODY) {
            throw tooLarge();
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > LARGEST_BODY) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new BadRequest("a JSON body is required: an object such as {\"field\": \"value\"}");
        }
        return StrictJson.read(StrictJson.object(text(bytes), "the body"), type);
    }

    /**
     * A body that may be left out: {@code whenEmpty} when there is none (or only white space).
     * Its Content-Type is checked all the same, so an empty text/plain, form or multipart post
     * (which a page on another site can send without the browser asking first) is refused, not
     * taken as "no body".
     */
    public static <T> T bodyOr(Context ctx, Class<T> type, T whenEmpty) {
        requireJson(ctx);
        return ctx.body().isBlank() ? whenEmpty : body(ctx, type);
    }

    /**
     * The caseload route takes only Content-Type text/csv (UTF-8, or no charset): a body of any
     * other type, or none, is refused (415) before it is read. A web page on another site can post
     * text/plain without the browser asking first, so accepting anything else would let it
     * replace a caseload on a user's behalf.
     */
    public static void requireCsv(Context ctx) {
        String contentType = ctx.header("Content-Type");
        String[] parts = contentType == null ? new String[] {""} : contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].strip().equals("text/csv")) {
            throw BadRequest.unsupportedMediaType("the caseload must be sent as CSV with Content-Type: text/csv (got "
                    + (contentType == null ? "none" : SafeText.shown(contentType)) + ")");
        }
        requireUtf8(parts, "the caseload CSV");
    }

    private static void requireUtf8(String[] parts, String what) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                throw BadRequest.unsupportedMediaType(what + " is read as UTF-8; send charset=utf-8 or no charset (got "
                        + SafeText.shown(parameter) + ")");
            }
        }
    }

    private static void requireJson(Context ctx) {
        String contentType = ctx.header("Content-Type");
        if (contentType == null || contentType.isBlank()) {
            return;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String media = parts[0].strip();
        if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
            throw BadRequest.unsupportedMediaType("the body must be JSON sent with Content-Type: application/json (got "
                    + SafeText.shown(contentType) + ")");
        }
        requireUtf8(parts, "JSON");
    }

    private static String text(byte[] bytes) {
        try {
            return utf8(bytes);
        } catch (CharacterCodingException e) {
            throw new BadRequest("the body is not UTF-8 text (" + firstBadByte(bytes) + "); send the JSON encoded as UTF-8");
        }
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return strict.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String firstBadByte(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var result = strict.decode(in, java.nio.CharBuffer.allocate(bytes.length), true);
        return result.isError() ? String.format("byte 0x%02X at position %d", bytes[in.position()] & 0xFF, in.position() + 1)
                : "an incomplete character at the end";
    }

    private static BadRequest tooLarge() {
        return BadRequest.tooLarge("the body is larger than " + LARGEST_BODY / 1024 + " KB; a JSON request is a few"
                + " hundred bytes (a caseload is sent as CSV to its own route)");
    }
}
