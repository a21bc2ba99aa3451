package org.yjinspect.published.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.published.domain.PublishedFigures;
import org.yjinspect.published.json.PublishedFiguresException;
import org.yjinspect.published.json.PublishedFiguresJson;
import org.yjinspect.rating.app.InspectionRating;
import org.yjinspect.rating.app.RateInspection;

/**
 * The read-only catalogue of published inspections whose figures the project holds: the files
 * listed in {@code index.txt} under a class-path folder ({@link #HELD}), each read once and
 * re-rated by the rating engine, so that a page can set the published ratings beside the
 * engine's. The files are versioned data; a missing or malformed one stops the catalogue with
 * an error naming the file and the field ({@link PublishedFiguresException}).
 */
public final class PublishedInspections {
    /** Where the build keeps the figures of the published inspections (docs/oracle.md). */
    public static final String HELD = "/published/figures/";
    private final String folder;
    private final Function<FrameworkVersion, Framework> frameworks;
    private volatile List<PublishedInspection> held;

    /** One published inspection: its figures as printed, and the rating engine's re-rating of them. */
    public record PublishedInspection(PublishedFigures figures, InspectionRating reRating) {
    }

    public PublishedInspections(String folder, Function<FrameworkVersion, Framework> frameworks) {
        this.folder = folder.endsWith("/") ? folder : folder + "/";
        this.frameworks = frameworks;
    }

    /** Every published inspection held, in the order of the index (newest first). */
    public List<PublishedInspection> all() {
        List<PublishedInspection> read = held;
        if (read == null) {
            synchronized (this) {
                if (held == null) {
                    held = load();
                }
                read = held;
            }
        }
        return read;
    }

    public Optional<PublishedInspection> find(String id) {
        return all().stream().filter(p -> p.figures().id().equals(id)).findFirst();
    }

    private List<PublishedInspection> load() {
        PublishedFiguresJson reader = new PublishedFiguresJson(frameworks);
        RateInspection engine = new RateInspection(frameworks);
        List<PublishedInspection> read = new ArrayList<>();
        for (String id : index()) {
            String file = folder.substring(1) + id + ".json";
            String text = resource(file).orElseThrow(() -> new PublishedFiguresException(file, "",
                    "missing from the build, though " + folder.substring(1) + "index.txt lists it"));
            PublishedFiguresJson.Read figures = reader.read(id, file, text);
            read.add(new PublishedInspection(figures.figures(), engine.rate(figures.rating())));
        }
        return List.copyOf(read);
    }

    private List<String> index() {
        String file = folder.substring(1) + "index.txt";
        String text = resource(file).orElseThrow(() -> new PublishedFiguresException(file, "", "missing from the build"));
        List<String> ids = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw new PublishedFiguresException(file, "line " + (i + 1), "'" + line + "' is not a file name"
                        + " (lower-case letters, digits and hyphens, without .json)");
            }
            if (ids.contains(line)) {
                throw new PublishedFiguresException(file, "line " + (i + 1), line + " is listed twice");
            }
            ids.add(line);
        }
        return ids;
    }

    private Optional<String> resource(String file) {
        try (InputStream in = PublishedInspections.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString());
        } catch (CharacterCodingException e) {
            throw new PublishedFiguresException(file, "", "not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
