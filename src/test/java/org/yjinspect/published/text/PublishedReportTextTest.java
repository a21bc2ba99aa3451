package org.yjinspect.published.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.NeedsSeeds;

@NeedsSeeds
class PublishedReportTextTest {
    @Test
    void theTextShowsTheRatingsPageFiguresAndWarnings() {
        String text = new PublishedReportText().write(Importers.real().importText("p.txt", Seeds.text(Seeds.PLYMOUTH)));

        assertThat(text).contains("Score 24/36  Overall rating: Good", "2.1  Assessment", "computed Requires improvement",
                "(ratings panel)", "Panel discretion on 2.1", "PROMPT_LETTERS");
    }
}
