package org.yjinspect.published.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.yjinspect.support.SeedDirectory;

/** The five published seed reports, read from the shared seed directory (never copied into the project). */
public final class Seeds {
    public static final String PLYMOUTH = "000_25ecbdcbcd4ff3e6";
    public static final String KINGSTON_RICHMOND = "001_bb1d0496220a2531";
    public static final String PORTSMOUTH = "002_01e045760baac184";
    public static final String SUFFOLK = "003_4fc390e14c115ee2";
    public static final String TORBAY = "004_28554d027e1cf92d";
    public static final List<String> ALL = List.of(PLYMOUTH, KINGSTON_RICHMOND, PORTSMOUTH, SUFFOLK, TORBAY);

    private Seeds() {
    }

    public static Path file(String stem) {
        return SeedDirectory.find().resolve(stem + ".txt");
    }

    public static String text(String stem) {
        try {
            return Files.readString(file(stem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Stream<String> stems() {
        return ALL.stream();
    }
}
