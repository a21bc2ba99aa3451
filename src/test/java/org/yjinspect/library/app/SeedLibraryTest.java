package org.yjinspect.library.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yjinspect.Application;
import org.yjinspect.library.LibraryReportTexts;
import org.yjinspect.library.domain.LibraryDifferences;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.NeedsSeeds;

/** A library made from the five seed reports' texts, set against the figures the project holds of the same inspections. */
@NeedsSeeds
@ExtendWith(EmbeddedPostgresExtension.class)
class SeedLibraryTest {
    private static final Actor ADMIN = Actor.of("ada");
    private static Application app;
    private static Map<String, LibraryAddition> added;
    @TempDir
    static Path folder;

    @BeforeAll
    static void addTheFiveSeeds(Application application) {
        app = application;
        added = Seeds.ALL.stream().collect(Collectors.toMap(Function.identity(), stem -> app.library().add(
                new AddToLibraryCommand(app.libraryReports().read(Seeds.file(stem), stem + ".txt"), false, ADMIN))));
    }

    @Test
    void eachSeedIsOneInspectionOfItsService() {
        assertThat(added.values()).extracting(LibraryAddition::outcome).containsOnly(LibraryAddition.Outcome.ADDED);
        assertThat(app.library().all()).extracting(LibraryInspection::serviceKey).containsExactly(
                "suffolk", "portsmouth", "plymouth", "torbay", "kingston-and-richmond");
    }

    @Test
    void theSeedsReadAsTheFiguresTheProjectHolds() {
        for (LibraryInspection held : app.libraryReports().held()) {
            LibraryInspection read = app.library().all().stream().filter(i -> i.serviceKey().equals(held.serviceKey()))
                    .findFirst().orElseThrow();
            assertThat(LibraryDifferences.between(held, read)).as(held.serviceKey()).isEmpty();
        }
        assertThat(app.library().keepNew(app.libraryReports().held(), ADMIN)).as("the demonstration adds none of them")
                .isZero();
    }

    @Test
    void theReportNamingItsServiceOtherwiseIsTheSameInspection() {
        String text = Seeds.text(Seeds.PLYMOUTH).replace("Plymouth Youth Justice Service", "Plymouth Youth Offending"
                + " Service");
        LibraryAddition again = add("plymouth-yos.txt", text, false);

        assertThat(again.outcome()).isEqualTo(LibraryAddition.Outcome.ALREADY_HELD);
        assertThat(again.inspection().service()).isEqualTo("Plymouth Youth Justice Service");
    }

    @Test
    void aReportReadingDifferentlyShowsWhereAndChangesNothing() {
        String text = Seeds.text(Seeds.PLYMOUTH).replace(
                "Does assessment sufficiently analyse how to keep the child safe?\t75%",
                "Does assessment sufficiently analyse how to keep the child safe?\t88%");
        LibraryAddition differs = add("plymouth-changed.txt", text, false);

        assertThat(differs.outcome()).isEqualTo(LibraryAddition.Outcome.DIFFERS);
        assertThat(differs.differences()).containsExactly("key question 2.1 'Does assessment sufficiently analyse how"
                + " to keep the child safe?': 75% -> 88%");
        assertThat(app.library().kept(differs.inspection().id()).standard("2.1").orElseThrow().keyQuestions().get(1)
                .figure().percent()).isEqualTo(75);
    }

    private static LibraryAddition add(String name, String text, boolean replace) {
        Path file = LibraryReportTexts.write(folder, name, text);
        return app.library().add(new AddToLibraryCommand(app.libraryReports().read(file, name), replace, ADMIN));
    }
}
