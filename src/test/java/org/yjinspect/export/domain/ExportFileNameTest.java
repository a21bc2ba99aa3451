package org.yjinspect.export.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFileNameTest {
    @Test
    void theFileNameNamesTheInspectionByIdAndService() {
        assertThat(ExportFileName.of(12, "Northshire Youth Justice Service", "cases-wide", "csv"))
                .isEqualTo("inspection-12-northshire-youth-justice-service-cases-wide.csv");
    }

    @Test
    void anyServiceNameBecomesAPlainAsciiSlug() {
        assertThat(ExportFileName.of(3, "Ynys Môn & Gwynedd \"YJS\"; rm -rf /", "audit", "csv"))
                .isEqualTo("inspection-3-ynys-mon-gwynedd-yjs-rm-rf-audit.csv");
        assertThat(ExportFileName.of(4, "東京", "cases", "xlsx")).isEqualTo("inspection-4-cases.xlsx");
        assertThat(ExportFileName.of(5, null, "audit", "csv")).isEqualTo("inspection-5-audit.csv");
        assertThat(ExportFileName.slug("a".repeat(80) + " b")).hasSize(48);
    }
}
