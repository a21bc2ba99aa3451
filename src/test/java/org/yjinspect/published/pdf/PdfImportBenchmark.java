package org.yjinspect.published.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.app.ImportPublishedReportCommand;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;
import org.yjinspect.support.pdf.SeedTypesetter;

/**
 * PDF import time per report (bench/pdf-import-benchmark.sh runs it; docs/benchmarks.md has the
 * figures). Not a test. {@code typeset DIR} writes the five seeds typeset as PDFs;
 * {@code cold FILE} imports one PDF once in this (fresh) JVM and prints the time;
 * {@code warm WARMUPS RUNS FILE...} imports every file WARMUPS times, then RUNS timed times,
 * and prints each file's median, minimum and maximum.
 */
public final class PdfImportBenchmark {
    private PdfImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "typeset" -> typeset(Path.of(args[1]));
            case "cold" -> cold(Path.of(args[1]));
            case "warm" -> warm(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Arrays.stream(args).skip(3).map(Path::of).toList());
            default -> throw new IllegalArgumentException("typeset DIR | cold FILE | warm WARMUPS RUNS FILE...");
        }
    }

    private static void typeset(Path dir) throws Exception {
        Files.createDirectories(dir);
        for (String stem : Seeds.ALL) {
            Files.write(dir.resolve(stem + ".pdf"), SeedTypesetter.typeset(Seeds.text(stem), SeedTypesetter.layouts().get(1)));
        }
    }

    private static void cold(Path file) {
        long start = System.nanoTime();
        ImportPublishedReport importer = Importers.real();
        importer.importFile(new ImportPublishedReportCommand(file));
        System.out.printf("%s cold %.0f ms%n", file.getFileName(), (System.nanoTime() - start) / 1e6);
    }

    private static void warm(int warmups, int runs, List<Path> files) {
        ImportPublishedReport importer = Importers.real();
        for (int w = 0; w < warmups; w++) {
            files.forEach(f -> importer.importFile(new ImportPublishedReportCommand(f)));
        }
        for (Path file : files) {
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                importer.importFile(new ImportPublishedReportCommand(file));
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(Double::compare);
            System.out.printf("%s warm median %.0f ms, min %.0f, max %.0f (%d runs after %d warm-up rounds)%n",
                    file.getFileName(), times.get(times.size() / 2), times.get(0), times.get(times.size() - 1), runs, warmups);
        }
    }
}
