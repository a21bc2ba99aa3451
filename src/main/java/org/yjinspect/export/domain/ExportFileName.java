package org.yjinspect.export.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a downloaded or written export is saved under: the inspection's id and its service
 * as a plain ASCII slug ("inspection-12-northshire-yjs-cases-wide.csv"), so files of several
 * inspections never mix. It names the service only: no case, child or person.
 */
public final class ExportFileName {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final int LONGEST_SLUG = 48;

    private ExportFileName() {
    }

    /** {@code serviceName} may be null (a deleted inspection's trail): then the id alone names it. */
    public static String of(long inspectionId, String serviceName, String what, String extension) {
        String slug = slug(serviceName);
        return "inspection-" + inspectionId + (slug.isEmpty() ? "" : "-" + slug) + "-" + what + "." + extension;
    }

    static String slug(String serviceName) {
        if (serviceName == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(serviceName, Normalizer.Form.NFD)).replaceAll("");
        String slug = NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.length() > LONGEST_SLUG) {
            slug = slug.substring(0, LONGEST_SLUG).replaceAll("-+$", "");
        }
        return slug;
    }
}
