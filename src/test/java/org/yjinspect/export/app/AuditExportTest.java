package org.yjinspect.export.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yjinspect.Application;
import org.yjinspect.audit.app.AuditQuery;
import org.yjinspect.audit.domain.AuditEntry;
import org.yjinspect.export.domain.AuditTable;
import org.yjinspect.export.domain.Cell;
import org.yjinspect.export.domain.Column;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.platform.db.EmbeddedPostgresExtension;
import org.yjinspect.records.db.JdbiConsistentReads;
import org.yjinspect.records.domain.Actor;
import org.yjinspect.support.Answering;
import org.yjinspect.support.SampledInspection;

/** The audit trail export: every entry once, in order, whatever the page size it is read in. */
@ExtendWith(EmbeddedPostgresExtension.class)
class AuditExportTest {
    @Test
    void everyEntryComesOutOnceInOrderAcrossPages(Application app) {
        SampledInspection s = SampledInspection.create(app, "2021", 71, 300, 2, 0);
        Answering.answerAll(app, s.id(), s.first(CaseType.COURT_DISPOSAL), "yes", new Actor("amira"));
        List<AuditEntry> trail = app.audit().entries(new AuditQuery(s.id(), null, null, 0, AuditQuery.LARGEST_LIMIT));
        assertThat(trail.size()).isGreaterThan(50);

        for (int pageSize : new int[] {7, trail.size(), AuditQuery.LARGEST_LIMIT}) {
            List<List<Cell>> rows = new ArrayList<>();
            new AuditExport(app.inspections(), app.audit(), new JdbiConsistentReads(app.database().jdbi()), pageSize)
                    .write(s.id(), new Table() {
                        @Override
                        public void header(List<Column> columns) {
                            assertThat(columns).isEqualTo(AuditTable.COLUMNS);
                        }

                        @Override
                        public void row(List<Cell> cells) {
                            rows.add(cells);
                        }
                    });
            assertThat(rows).as("pages of %d", pageSize).isEqualTo(trail.stream().map(AuditTable::row).toList());
        }
    }
}
