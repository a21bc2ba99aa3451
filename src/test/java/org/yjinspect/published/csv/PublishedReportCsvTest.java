package org.yjinspect.published.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

@NeedsSeeds
class PublishedReportCsvTest {
    @Test
    void everyReportIsOneRowUnderTheSameColumnsWhateverItsVersion() {
        List<PublishedReport> reports = List.of(
                Importers.real().importText("k.txt", Seeds.text(Seeds.KINGSTON_RICHMOND)),
                Importers.real().importText("p.txt", Seeds.text(Seeds.PORTSMOUTH)));

        String[] rows = new PublishedReportCsv().write(reports).split("\n");

        List<String> header = PublishedReportCsv.header();
        assertThat(rows).hasSize(3);
        assertThat(rows[0].split(",")).hasSize(header.size());
        int resettlement = header.indexOf("4.1 rating");
        assertThat(rows[1].split(",", -1)[resettlement]).as("2018 has no 4.1").isEmpty();
        assertThat(rows[2].split(",", -1)[resettlement]).isEqualTo("Good");
        assertThat(rows[2]).startsWith("p.txt,Portsmouth Youth Offending Team,2022-06,2022-03-14,2022-03,2021,22,36,Good");
    }
}
