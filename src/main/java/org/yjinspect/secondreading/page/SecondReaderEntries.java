package org.yjinspect.secondreading.page;

import java.util.List;
import org.yjinspect.assessment.page.OtherReadings;
import org.yjinspect.secondreading.app.SecondReadingService;
import org.yjinspect.secondreading.app.Who;

/** The cases a person is the second reader of, for their list of cases, with how far each reading has gone. */
public final class SecondReaderEntries implements OtherReadings {
    private final SecondReadingService readings;

    public SecondReaderEntries(SecondReadingService readings) {
        this.readings = readings;
    }

    @Override
    public List<Entry> of(long inspectionId, String username) {
        return readings.overview(inspectionId, Who.signedIn(username)).cases().stream()
                .filter(c -> username.equals(c.secondReader()))
                .map(c -> new Entry(c.caseReference(), "/inspections/" + inspectionId + "/second-reading/cases/"
                        + c.sampleCaseId(), ReadingWords.state(c.secondReading()))).toList();
    }
}
