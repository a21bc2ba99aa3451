package org.yjinspect.comparison.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.yjinspect.comparison.domain.Correspondence;
import org.yjinspect.comparison.domain.VersionMapping;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * Reads {@code framework/mapping-2018-2021.json} (docs/comparisons.md), the versioned data of the
 * only bridge between framework versions, and checks it against both catalogues: every id must be
 * one of its version's, and every standard and key question of each version must have exactly
 * one line. Anything else stops with a {@link MappingFileException} naming the field and value.
 */
public final class MappingFile {
    public static final String RESOURCE = "framework/mapping-2018-2021.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP = Set.of("title", "about", "versions", "standards", "keyQuestions");
    private static final Set<String> LINE = Set.of("v2018", "v2021", "corresponds", "why");
    private final Function<FrameworkVersion, Framework> frameworks;

    public MappingFile(Function<FrameworkVersion, Framework> frameworks) {
        this.frameworks = frameworks;
    }

    /** The mapping held in the build. */
    public VersionMapping load() {
        try (InputStream in = MappingFile.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new MappingFileException(RESOURCE, "", "missing from the build");
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    public VersionMapping read(String file, String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new MappingFileException(file, "line " + e.getLocation().getLineNr(), "not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new MappingFileException(file, "", "must be a JSON object with \"standards\" and \"keyQuestions\"");
        }
        onlyFields(file, "", root, TOP);
        MappingCoverage coverage = new MappingCoverage(file, frameworks);
        List<Correspondence> standards = lines(file, root, "standards", coverage::standard);
        List<Correspondence> keyQuestions = lines(file, root, "keyQuestions", coverage::keyQuestion);
        coverage.requireComplete();
        return new VersionMapping(standards, keyQuestions);
    }

    private interface Check {
        void accept(String where, FrameworkVersion version, String id);
    }

    private static List<Correspondence> lines(String file, JsonNode root, String field, Check check) {
        JsonNode array = root.get(field);
        if (array == null || !array.isArray()) {
            throw new MappingFileException(file, field, "must be a list of lines {v2018, v2021, corresponds, why}");
        }
        List<Correspondence> lines = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = field + "[" + i + "]";
            JsonNode line = array.get(i);
            if (!line.isObject()) {
                throw new MappingFileException(file, where, "must be an object {v2018, v2021, corresponds, why}");
            }
            onlyFields(file, where, line, LINE);
            String in2018 = id(file, where, line, "v2018");
            String in2021 = id(file, where, line, "v2021");
            JsonNode corresponds = line.get("corresponds");
            if (corresponds == null || !corresponds.isBoolean()) {
                throw new MappingFileException(file, where + ".corresponds", "must be true or false");
            }
            JsonNode why = line.get("why");
            if (why == null || !why.isTextual() || why.asText().isBlank()) {
                throw new MappingFileException(file, where + ".why", "must say why, in words");
            }
            if (in2018 == null && in2021 == null) {
                throw new MappingFileException(file, where, "names neither a 2018 nor a 2021 id");
            }
            if (corresponds.asBoolean() && (in2018 == null || in2021 == null)) {
                throw new MappingFileException(file, where + ".corresponds", "true needs an id in both versions");
            }
            if (in2018 != null) {
                check.accept(where + ".v2018", FrameworkVersion.V2018, in2018);
            }
            if (in2021 != null) {
                check.accept(where + ".v2021", FrameworkVersion.V2021, in2021);
            }
            lines.add(new Correspondence(in2018, in2021, corresponds.asBoolean(), why.asText()));
        }
        return lines;
    }

    private static String id(String file, String where, JsonNode line, String field) {
        JsonNode value = line.get(field);
        if (value == null) {
            throw new MappingFileException(file, where + "." + field, "missing (write null where the version has none)");
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new MappingFileException(file, where + "." + field, "must be an id in quotes, or null (got " + value + ")");
        }
        return value.asText();
    }

    private static void onlyFields(String file, String where, JsonNode node, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new MappingFileException(file, where.isEmpty() ? name : where + "." + name,
                        "unknown field; the fields are " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
