package org.yjinspect.library.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The file name an uploaded report is read under: what the uploader called it, made safe, or one told by its bytes. */
final class UploadName {
    private static final int LONGEST = 120;

    private UploadName() {
    }

    static String of(String uploaded, byte[] content) {
        String base = uploaded == null ? "" : uploaded.replaceAll(".*[/\\\\]", "");
        String safe = base.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        if (safe.length() > LONGEST) {
            safe = safe.substring(safe.length() - LONGEST);
        }
        if (!safe.isEmpty()) {
            return safe;
        }
        boolean pdf = content.length > 4 && content[0] == '%' && content[1] == 'P' && content[2] == 'D' && content[3] == 'F';
        return pdf ? "report.pdf" : "report.txt";
    }

    static void delete(Path folder, String name) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve(name));
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A temporary folder left behind holds a published report only; the system's clean-up takes it.
        }
    }
}
