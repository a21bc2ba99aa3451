package org.yjinspect.inspection.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;

/**
 * Deleting an inspection removes every record that belongs to it: every table that refers, by
 * foreign key, to an inspection or to anything of one is in {@link InspectionRemoval#STEPS}, in
 * an order that no foreign key refuses. A new table fails this test until it is added there.
 */
@ExtendWith(EmbeddedPostgresExtension.class)
class InspectionRemovalTest {
    private static final String REFERENCES = "select distinct c.conrelid::regclass::text as referring,"
            + " c.confrelid::regclass::text as referred from pg_constraint c where c.contype = 'f'";

    record Reference(String referring, String referred) {
    }

    @Test
    void everyTableThatBelongsToAnInspectionIsRemovedAfterEverythingThatRefersToIt(Application app) {
        List<Reference> references = app.database().jdbi().withHandle(h -> h.createQuery(REFERENCES)
                .map((rs, ctx) -> new Reference(rs.getString("referring"), rs.getString("referred"))).list());
        List<String> order = InspectionRemoval.STEPS.stream().map(InspectionRemoval.Step::table).toList();
        java.util.Set<String> owned = new java.util.HashSet<>(java.util.Set.of("inspection"));
        boolean grew = true;
        while (grew) {
            grew = references.stream().filter(r -> owned.contains(r.referred())).map(Reference::referring)
                    .filter(owned::add).count() > 0;
        }
        owned.remove("inspection");

        assertThat(order).as("tables that refer to an inspection's records").containsAll(owned);
        for (Reference r : references) {
            if (!r.referred().equals("inspection") && order.contains(r.referred())) {
                assertThat(order.indexOf(r.referring())).as(r.referring() + " must go before " + r.referred())
                        .isLessThan(order.indexOf(r.referred()));
            }
        }
    }
}
