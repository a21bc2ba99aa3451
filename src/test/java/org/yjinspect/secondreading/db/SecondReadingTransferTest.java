package org.yjinspect.secondreading.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.secondreading.SecondReadingSetUp;
import org.yjinspect.secondreading.SecondReadingWrites;
import org.yjinspect.secondreading.app.BothReadings;
import org.yjinspect.secondreading.app.ChosenCase;
import org.yjinspect.secondreading.app.Who;
import org.yjinspect.support.TestUsers;
import org.yjinspect.transfer.app.ImportInspectionCommand;
import org.yjinspect.transfer.json.InspectionDocumentReader;
import org.yjinspect.transfer.json.InspectionDocumentWriter;

/**
 * The whole-inspection document carries the second readings: the draw, the chosen cases and their
 * readers' names, both readings, the settlements; an imported inspection shows them as the source
 * did, and gives no account of the new server the part of the source's second reader.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class SecondReadingTransferTest {
    @Test
    void anExportedInspectionImportsWithItsSecondReadingsAsTheyWere(Application app) {
        long source = SecondReadingWrites.everyKind(app);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InspectionDocumentWriter writer = new InspectionDocumentWriter(out)) {
            app.transfer().export(source, writer);
        }
        TestUsers.account(app, "Morgan");
        var document = new InspectionDocumentReader("second.json").read(new ByteArrayInputStream(out.toByteArray()));
        long copy = app.transfer().importDocument(new ImportInspectionCommand(document, "second.json",
                Actor.of("morgan"), "morgan")).inspectionId();
        Who morgan = Who.signedIn("morgan");

        assertThat(cases(app, copy, morgan)).isEqualTo(cases(app, source, SecondReadingSetUp.LOWRI));
        assertThat(app.secondReading().overview(copy, morgan).draw().orElseThrow().seed()).isEqualTo(7L);
        List<BothReadings> before = app.secondReading().bothReadings(source, SecondReadingSetUp.LOWRI);
        List<BothReadings> after = app.secondReading().bothReadings(copy, morgan);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).first()).isEqualTo(before.get(0).first());
        assertThat(after.get(0).second()).isEqualTo(before.get(0).second());
        assertThat(after.get(0).settlements()).isEqualTo(before.get(0).settlements());
        assertThat(app.secondReading().agreement(copy, morgan).value().items())
                .isEqualTo(app.secondReading().agreement(source, SecondReadingSetUp.LOWRI).value().items());
        assertThat(app.secondReading().effect(copy, morgan).standards())
                .isEqualTo(app.secondReading().effect(source, SecondReadingSetUp.LOWRI).standards());
    }

    /**
     * The chosen cases apart from ids: reference, readers, how chosen, states. The first reader of a case
     * not yet revealed is its allocated assessor, and allocations stay on the source server.
     */
    private static List<String> cases(Application app, long id, Who who) {
        return app.secondReading().overview(id, who).cases().stream().map((ChosenCase c) -> c.caseReference() + " "
                + (c.bothSubmitted() ? c.firstReader() : "-") + " " + c.secondReader() + " " + c.drawn() + " " + c.secondReading() + " "
                + c.bothSubmitted() + " " + c.revision() + " " + c.chosenBy()).toList();
    }
}
