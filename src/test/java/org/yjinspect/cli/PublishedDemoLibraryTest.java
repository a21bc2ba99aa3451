package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.library.domain.LibraryEvent;
import org.yjinspect.library.domain.LibraryInspection;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;

/** {@code yjinspect demo} puts the five published inspections the project holds in the library, once. */
@ExtendWith(EmbeddedPostgresExtension.class)
class PublishedDemoLibraryTest {
    @Test
    void theDemonstrationHasALibraryOfTheFiveHeldInspectionsEvenRunTwice(Application app) {
        new DemoSeed(app).seedOrReuse();
        new DemoSeed(app).seedOrReuse();

        assertThat(app.library().all()).extracting(LibraryInspection::serviceKey).containsExactly("suffolk",
                "portsmouth", "plymouth", "torbay", "kingston-and-richmond");
        LibraryInspection plymouth = app.library().all().get(2);
        assertThat(plymouth.source()).isEqualTo("plymouth-2022.json");
        assertThat(plymouth.standard("2.1").orElseThrow().keyQuestions()).extracting(k -> k.figure().percent())
                .containsExactly(100, 75, 50);
        assertThat(app.library().events(plymouth.id())).extracting(LibraryEvent::kind, LibraryEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LibraryEvent.Kind.ADDED, "yjinspect demo"));
    }
}
