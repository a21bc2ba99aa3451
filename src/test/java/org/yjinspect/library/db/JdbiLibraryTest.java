package org.yjinspect.library.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.library.LibrarySamples;
import org.yjinspect.library.domain.LibraryEvent;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.problem.Problem;
import org.yjinspect.records.domain.Actor;

@ExtendWith(EmbeddedPostgresExtension.class)
class JdbiLibraryTest {
    private static final Actor ADMIN = Actor.of("ada");

    @Test
    void keepsEveryFigureAsGivenAndReadsItBackTheSame(Application app) {
        JdbiLibrary store = new JdbiLibrary(app.database().jdbi());
        LibraryInspection given = LibrarySamples.of2021("Keeping Youth Justice Service", "2022-02", 58);
        LibraryInspection old = LibrarySamples.of2018("Keeping YOT", "2019-05");

        long id = store.add(given, ADMIN);
        long oldId = store.add(old, ADMIN);

        LibraryInspection read = store.find(id).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("id", "added").isEqualTo(given);
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.added()).isNotNull();
        assertThat(store.find(oldId).orElseThrow()).usingRecursiveComparison().ignoringFields("id", "added")
                .isEqualTo(old);
        assertThat(store.find("keeping", YearMonth.of(2022, 2))).map(LibraryInspection::id).contains(id);
        assertThat(store.all()).extracting(LibraryInspection::id).containsSubsequence(id, oldId);
    }

    @Test
    void refusesASecondInspectionOfTheSameServiceAndMonth(Application app) {
        JdbiLibrary store = new JdbiLibrary(app.database().jdbi());
        store.add(LibrarySamples.of2021("Twice Youth Justice Service", "2023-01", 50), ADMIN);

        assertThatThrownBy(() -> store.add(LibrarySamples.of2021("Twice YJS", "2023-01", 60), ADMIN))
                .isInstanceOf(Problem.class).hasMessageContaining("added to the library by someone else");
    }

    @Test
    void aServiceNameLongerThanAnyReportPrintsIsRefusedNotStored(Application app) {
        org.yjinspect.library.domain.LibraryInspection misread = LibrarySamples.of2021("Long " + "name ".repeat(80)
                + "Youth Justice Service", "2020-01", 50);

        assertThatThrownBy(() -> app.library().add(new org.yjinspect.library.app.AddToLibraryCommand(misread, false,
                ADMIN))).isInstanceOf(Problem.class).hasMessageContaining("the service's name is 426 characters long");
        assertThat(app.library().all()).noneMatch(i -> i.published().equals(YearMonth.of(2020, 1)));
    }

    @Test
    void replacesAndRemovesLeavingATrailThatOutlivesTheInspection(Application app) {
        JdbiLibrary store = new JdbiLibrary(app.database().jdbi());
        long id = store.add(LibrarySamples.of2021("Trail Youth Justice Service", "2024-03", 50), ADMIN);

        store.replace(id, LibrarySamples.of2021("Trail Youth Justice Service", "2024-03", 64), Actor.of("bea"),
                List.of("key question 2.2 'planning': 50% -> 64%"));
        assertThat(store.find(id).orElseThrow().standard("2.2").orElseThrow().keyQuestions().get(0).figure().percent())
                .isEqualTo(64);
        assertThat(store.remove(id, ADMIN)).isTrue();
        assertThat(store.remove(id, ADMIN)).isFalse();

        assertThat(store.find(id)).isEmpty();
        assertThat(store.events(id)).extracting(LibraryEvent::kind, LibraryEvent::actor).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LibraryEvent.Kind.ADDED, "ada"),
                org.assertj.core.groups.Tuple.tuple(LibraryEvent.Kind.REPLACED, "bea"),
                org.assertj.core.groups.Tuple.tuple(LibraryEvent.Kind.REMOVED, "ada"));
        assertThat(store.events(id).get(1).detail()).contains("50% -> 64%");
    }
}
