package org.yjinspect.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.assessment.domain.AssessedCase;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.platform.db.TestDatabase;
import org.yjinspect.secondreading.SecondReadingSetUp;
import org.yjinspect.support.CommandRun;

/** {@code yjinspect second-reading ...} as the lead and the readers run it. */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecondReadingCommandTest {
    @Test
    void theLeadChoosesAndAllocatesTheSecondReaderReadsBlindAndTheLeadSettles(Application app, TestDatabase db) {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 53);
        AssessedCase c = s.court(0);
        String id = String.valueOf(s.id());
        CommandRun chosen = CommandRun.on(db, "second-reading", "choose", "--inspection", id, "--case", c.reference(),
                "--as", "lowri");
        assertThat(chosen.exit()).as(chosen.err()).isZero();
        assertThat(chosen.out()).contains(c.reference()).contains("second: nobody yet");
        CommandRun firstReader = CommandRun.on(db, "second-reading", "allocate", "--inspection", id, "--case",
                c.reference(), "--reader", "ceri", "--as", "lowri");
        assertThat(firstReader.exit()).isEqualTo(2);
        assertThat(firstReader.err()).contains("Second reader of a case: ceri read case " + c.reference() + " first");
        assertThat(CommandRun.on(db, "second-reading", "allocate", "--inspection", id, "--case", c.reference(),
                "--reader", "dafydd", "--as", "lowri").exit()).isZero();

        CommandRun ceriLooks = CommandRun.on(db, "second-reading", "show", "--inspection", id, "--case", c.reference(),
                "--as", "ceri");
        assertThat(ceriLooks.exit()).isEqualTo(2);
        assertThat(ceriLooks.err()).contains("Access by role in the inspection");
        CommandRun answered = CommandRun.on(db, "second-reading", "answer", "--inspection", id, "--case", c.reference(),
                "--key-question", "2.1.desistance", "--answer", "no", "--base-revision", "0", "--as", "dafydd");
        assertThat(answered.exit()).as(answered.err()).isZero();
        assertThat(answered.out()).contains("revision 1");
        int revision = s.answerSecond(c, kq -> kq.equals("2.1.desistance") ? "no" : "yes");
        CommandRun submitted = CommandRun.on(db, "second-reading", "submit", "--inspection", id, "--case", c.reference(),
                "--base-revision", String.valueOf(revision), "--as", "dafydd");
        assertThat(submitted.exit()).as(submitted.err()).isZero();
        assertThat(CommandRun.on(db, "second-reading", "disagreements", "--inspection", id, "--as", "lowri").out())
                .contains("no differences");

        s.firstReading(c, "yes");
        assertThat(CommandRun.on(db, "second-reading", "disagreements", "--inspection", id, "--as", "lowri").out())
                .contains("key_question 2.1.desistance: YES / NO");
        CommandRun noReason = CommandRun.on(db, "second-reading", "settle", "--inspection", id, "--case", c.reference(),
                "--level", "KEY_QUESTION", "--item", "2.1.desistance", "--answer", "no", "--reason", " ", "--as", "lowri");
        assertThat(noReason.exit()).isEqualTo(2);
        CommandRun settled = CommandRun.on(db, "second-reading", "settle", "--inspection", id, "--case", c.reference(),
                "--level", "KEY_QUESTION", "--item", "2.1.desistance", "--answer", "no", "--reason",
                "no plan for the child's education", "--as", "lowri");
        assertThat(settled.exit()).as(settled.err()).isZero();
        assertThat(settled.out()).contains("settled 2.1.desistance").contains("as NO (first YES, second NO)");
        assertThat(CommandRun.on(db, "second-reading", "effect", "--inspection", id, "--as", "pat").out())
                .contains("1 case(s) with both readings submitted").contains("on the second readings 2.1");
        assertThat(CommandRun.on(db, "second-reading", "agreement", "--inspection", id, "--as", "pat").out())
                .contains("key_question: n = ");
    }

    @Test
    void aDrawPrintsItsSeedAndEveryCommandNamesItsAccount(Application app, TestDatabase db) {
        SecondReadingSetUp s = SecondReadingSetUp.create(app, 59);
        String id = String.valueOf(s.id());
        CommandRun drawn = CommandRun.on(db, "second-reading", "draw", "--inspection", id, "--share", "25", "--seed",
                "11", "--as", "lowri");
        assertThat(drawn.exit()).as(drawn.err()).isZero();
        assertThat(drawn.out()).contains("seed 11: 25% of").contains("drawn");
        assertThat(CommandRun.on(db, "second-reading", "cases", "--inspection", id).exit()).isEqualTo(2);
        CommandRun notLead = CommandRun.on(db, "second-reading", "draw", "--inspection", id, "--share", "25", "--as",
                "ceri");
        assertThat(notLead.exit()).isEqualTo(2);
        assertThat(notLead.err()).contains("an inspector assesses cases");
        assertThat(CommandRun.on(db, "second-reading", "draw", "--inspection", id, "--share", "0", "--as", "lowri")
                .err()).contains("sharePercent must be a whole number from 1 to 100");
    }
}
