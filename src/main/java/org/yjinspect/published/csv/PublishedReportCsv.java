package org.yjinspect.published.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.yjinspect.published.domain.DiscretionStatement;
import org.yjinspect.published.domain.PublishedReport;
import org.yjinspect.published.domain.PublishedStandard;
import org.yjinspect.rating.domain.Rating;

/**
 * One row per imported report: the ratings page, each standard's published and computed rating
 * in fixed columns (1.1 to 4.1, empty where a version has no such standard), the cases
 * inspected and counts of what else was read, so that many reports line up in one table.
 */
public final class PublishedReportCsv {
    static final List<String> STANDARDS = List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4",
            "3.1", "3.2", "3.3", "3.4", "4.1");

    public String write(List<PublishedReport> reports) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out)) {
            csv.writeRecord(header());
            for (PublishedReport report : reports) {
                csv.writeRecord(row(report));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("source", "service", "published", "fieldworkStart",
                "fieldworkEnd", "frameworkVersion", "score", "maxScore", "overallRating"));
        for (String number : STANDARDS) {
            header.add(number + " rating");
            header.add(number + " computed");
        }
        header.addAll(List.of("casesCourt", "casesOutOfCourt", "casesResettlement", "caseManagerInterviews",
                "recommendations", "contextualFacts", "discretion", "warnings", "warningKinds"));
        return header;
    }

    private static List<String> row(PublishedReport report) {
        List<String> row = new ArrayList<>(List.of(report.source(), text(report.service()), text(report.published()),
                report.fieldwork() == null ? "" : text(report.fieldwork().start()),
                report.fieldwork() == null ? "" : text(report.fieldwork().end()), report.frameworkVersion().label(),
                text(report.score()), text(report.maxScore()), label(report.overallRating())));
        for (String number : STANDARDS) {
            PublishedStandard standard = report.standard(number).orElse(null);
            row.add(standard == null ? "" : label(standard.rating()));
            row.add(standard == null ? "" : label(standard.computedRating()));
        }
        row.addAll(List.of(text(report.cases().court()), text(report.cases().outOfCourt()),
                text(report.cases().resettlement()), text(report.caseManagerInterviews().total()),
                String.valueOf(report.recommendations().size()), String.valueOf(report.contextualFacts().size()),
                String.join(";", report.discretion().stream().map(DiscretionStatement::standard).toList()),
                String.valueOf(report.warnings().size()),
                String.join(";", report.warnings().stream().map(w -> w.kind().name()).distinct().toList())));
        return row;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String label(Rating rating) {
        return rating == null ? "" : rating.label();
    }
}
