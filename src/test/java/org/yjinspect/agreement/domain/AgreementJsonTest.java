package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yjinspect.agreement.domain.SecondReadItem.Level;
import org.yjinspect.platform.json.Json;

/** The API adapters can hand the figures to the project's JSON writer as they are: no NaN, nothing unwritable. */
class AgreementJsonTest {
    @Test
    void aBreakdownWritesAsJsonWithNullsWhereAFigureCannotBeComputed() throws Exception {
        AgreementBreakdown breakdown = AgreementBreakdown.of(List.of(
                new SecondReadItem(Level.KEY_QUESTION, "2.1", "2.1.assessment", "2.1.assessment", "C1", "amira", "ben",
                        new PairedAnswer("YES", "YES"))));

        JsonNode json = Json.mapper().readTree(Json.write(breakdown));

        JsonNode inspection = json.get("groups").get(0);
        assertThat(inspection.get("scope").asText()).isEqualTo("INSPECTION");
        assertThat(inspection.at("/figures/observed/value").asDouble()).isEqualTo(1.0);
        assertThat(inspection.at("/figures/kappa/value").isNull()).isTrue();
        assertThat(inspection.at("/figures/kappa/explanation").asText()).contains("Kappa cannot be computed");
        assertThat(inspection.at("/figures/table/counts").toString()).isEqualTo("[[1]]");
        assertThat(Json.write(breakdown)).doesNotContain("NaN");
    }
}
