package org.yjinspect.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Made-up report texts in the shape of a 2021 report's ratings page and its 2.1 section, a few
 * lines each, so that the library's tests run where the seeds are not (a fresh clone).
 */
public final class LibraryReportTexts {
    private LibraryReportTexts() {
    }

    /** A report of {@code service} published in {@code month} ("May 2023") whose 2.1 is rated {@code rating}. */
    public static String report(String service, String month, String rating, int safety) {
        return """
                An inspection of youth offending services in %1$s

                HM Inspectorate of Probation, %2$s

                Ratings

                %1$s
                Score %5$d/36
                Overall rating Good
                1.1 Governance and leadership Good
                1.2 Staff Good
                1.3 Partnerships and services Good
                1.4 Information and facilities Good
                2.1 Assessment %3$s
                2.2 Planning Good
                2.3 Implementation and delivery Good
                2.4 Reviewing Good
                3.1 Assessment Good
                3.2 Planning Requires improvement
                3.3 Implementation and delivery Good
                3.4 Out-of-court disposal policy and provision Good
                4.1 Resettlement policy and provision\tNot rated

                2.1 Assessment

                %3$s

                Our rating for assessment is based on the following key questions:
                \t%% 'Yes'
                Does assessment sufficiently analyse how to support the child's desistance?\t80%%
                Does assessment sufficiently analyse how to keep the child safe?\t%4$d%%
                Does assessment sufficiently analyse how to keep other people safe?\t75%%
                """.formatted(service, month, rating, safety,
                21 + org.yjinspect.rating.domain.Rating.parse(rating).orElseThrow().score());
    }

    public static Path write(Path folder, String name, String text) {
        try {
            return Files.writeString(folder.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
