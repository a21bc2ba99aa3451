package org.yjinspect.library.page;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.library.domain.LibraryInspection;

/**
 * The library's list as the page shows it: the inspections of the framework version chosen (all
 * when none, or one the library does not know, is chosen), the versions to choose from, and the
 * notice of a removal just made.
 *
 * @param version the version chosen ("2018", "2021"), or "" for all
 * @param removed "Service, Month year was removed from the library.", or null
 */
public record LibraryListView(List<LibraryInspection> inspections, int held, String version, List<String> versions,
                              String removed) {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    static LibraryListView of(List<LibraryInspection> all, String version, String removed) {
        Optional<FrameworkVersion> chosen = FrameworkVersion.fromLabel(version == null ? "" : version.strip());
        List<LibraryInspection> shown = chosen.map(v -> all.stream().filter(i -> i.frameworkVersion() == v).toList())
                .orElse(all);
        return new LibraryListView(shown, all.size(), chosen.map(FrameworkVersion::label).orElse(""),
                Arrays.stream(FrameworkVersion.values()).map(FrameworkVersion::label).toList(), removed);
    }


    /** "February 2022". */
    public static String month(YearMonth month) {
        return month.format(MONTH);
    }

    public static String score(LibraryInspection i) {
        return i.score() == null ? "not printed" : i.score() + "/" + i.maxScore();
    }
}
