package org.yjinspect.caseload.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Caseload files that had errors, kept between the upload and the choice to import their valid
 * rows, so nobody has to choose the file again. Each is kept in a temporary file readable by the
 * server's user only, under a random key, for the person who uploaded it to that inspection
 * only, for {@link #KEPT}; at most {@link #MOST} at once (the oldest goes first), and taken away
 * when used. A server restart forgets them: the person then uploads the file again.
 */
final class HeldUploads {
    static final Duration KEPT = Duration.ofMinutes(30);
    static final int MOST = 4;
    private final Map<String, Held> held = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    /** One file kept: whose, for which inspection, its name as uploaded, where it is, until when. */
    record Held(String username, long inspectionId, String fileName, Path file, Instant until) {
    }

    HeldUploads(Clock clock) {
        this.clock = clock;
    }

    /** Keeps {@code content} and returns the key to take it back with. */
    synchronized String keep(String username, long inspectionId, String fileName, byte[] content) {
        forgetOld();
        while (held.size() >= MOST) {
            forget(held.keySet().iterator().next());
        }
        try {
            Path file = Files.createTempFile("yjinspect-caseload-", ".csv");
            file.toFile().deleteOnExit();
            Files.write(file, content);
            byte[] key = new byte[18];
            random.nextBytes(key);
            String name = Base64.getUrlEncoder().withoutPadding().encodeToString(key);
            held.put(name, new Held(username, inspectionId, fileName, file, clock.instant().plus(KEPT)));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's name and content if {@code key} is one kept for this person and inspection; it is no longer kept. */
    synchronized Optional<Map.Entry<String, byte[]>> take(String key, String username, long inspectionId) {
        forgetOld();
        Held found = key == null ? null : held.get(key);
        if (found == null || !found.username().equals(username) || found.inspectionId() != inspectionId) {
            return Optional.empty();
        }
        try {
            byte[] content = Files.readAllBytes(found.file());
            forget(key);
            return Optional.of(Map.entry(found.fileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void forgetOld() {
        Instant now = clock.instant();
        for (Iterator<Map.Entry<String, Held>> i = held.entrySet().iterator(); i.hasNext(); ) {
            Map.Entry<String, Held> entry = i.next();
            if (entry.getValue().until().isBefore(now)) {
                delete(entry.getValue().file());
                i.remove();
            }
        }
    }

    private void forget(String key) {
        Held gone = held.remove(key);
        if (gone != null) {
            delete(gone.file());
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
