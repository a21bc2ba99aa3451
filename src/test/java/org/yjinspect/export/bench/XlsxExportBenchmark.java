package org.yjinspect.export.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.yjinspect.Application;
import org.yjinspect.export.domain.CaseLayout;
import org.yjinspect.export.file.ExportFile;
import org.yjinspect.export.file.ExportFiles;
import org.yjinspect.export.file.ExportFormat;
import org.yjinspect.framework.domain.CaseType;
import org.yjinspect.framework.domain.Framework;
import org.yjinspect.framework.domain.FrameworkVersion;
import org.yjinspect.framework.domain.KeyQuestion;
import org.yjinspect.framework.domain.Standard;
import org.yjinspect.framework.resource.FrameworkCatalogue;
import org.yjinspect.inspection.domain.Inspection;
import org.yjinspect.platform.db.DatabaseConfig;
import org.yjinspect.sampling.app.DrawSampleCommand;
import org.yjinspect.support.Fixtures;

/**
 * XLSX (and CSV) export time and heap for an inspection of CASES sampled cases (default 500),
 * half court and half out-of-court, each with every prompt and key question of its standards
 * answered. The answers are put in with SQL (the benchmark measures the export, not the saves).
 * Each export is written to a file RUNS times (default 5); the heap in use is sampled every
 * millisecond during each run, and the peak above the heap in use before it is reported.
 * Run with a small -Xmx (bench/exports-benchmark.sh uses 64 MB) to show the export streams.
 *   usage: XlsxExportBenchmark [CASES] [RUNS]
 */
public final class XlsxExportBenchmark {
    private XlsxExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path work = Files.createTempDirectory("yjinspect-export-bench");
        try (Application app = Application.open(new DatabaseConfig.Embedded(work.resolve("pgdata")))) {
            long id = inspectionWithAnswers(app, cases);
            ExportFiles files = new ExportFiles(app.exports());
            if (System.getenv("EXPLAIN") != null) {
                explain(app, id);
            }
            System.out.printf(Locale.ROOT, "max heap %d MB; %s%n", Runtime.getRuntime().maxMemory() >> 20,
                    System.getProperty("java.version"));
            measure("XLSX workbook (3 sheets)", () -> files.cases(id, CaseLayout.WIDE, ExportFormat.XLSX), work, runs);
            measure("CSV wide", () -> files.cases(id, CaseLayout.WIDE, ExportFormat.CSV), work, runs);
            measure("CSV long", () -> files.cases(id, CaseLayout.LONG, ExportFormat.CSV), work, runs);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long inspectionWithAnswers(Application app, int cases) {
        long started = System.nanoTime();
        Inspection inspection = Fixtures.createInspection(app, "2021");
        Fixtures.importCsv(app, inspection.id(), Fixtures.csv(Fixtures.caseload(7, Math.max(4000, cases * 10))), true);
        int perType = cases / 2;
        app.samples().draw(new DrawSampleCommand(inspection.id(), 7L, null, null, perType, perType, 0, Fixtures.SET_UP));
        Framework framework = FrameworkCatalogue.load(FrameworkVersion.V2021);
        long answers = app.database().jdbi().inTransaction(h -> {
            List<Sampled> sampled = h.createQuery("select s.id, s.case_type from sample_case s join sample m"
                    + " on m.id = s.sample_id where m.inspection_id = :i").bind("i", inspection.id())
                    .map((rs, ctx) -> new Sampled(rs.getLong(1), CaseType.valueOf(rs.getString(2)))).list();
            PreparedBatch prompts = h.prepareBatch("insert into prompt_answer (sample_case_id, prompt_id, inspection_id,"
                    + " standard_number, key_question_id, answer, revision, updated_by) values (:c, :p, :i, :s, :k,"
                    + " :a, 1, 'bench')");
            PreparedBatch keyQuestions = h.prepareBatch("insert into key_question_answer (sample_case_id,"
                    + " key_question_id, inspection_id, standard_number, answer, revision, updated_by) values (:c, :k,"
                    + " :i, :s, :a, 1, 'bench')");
            long count = 0;
            for (int n = 0; n < sampled.size(); n++) {
                CaseType type = sampled.get(n).type();
                for (Standard standard : framework.standards()) {
                    if (!standard.caseBased() || standard.caseType() != type) {
                        continue;
                    }
                    for (KeyQuestion kq : standard.keyQuestions()) {
                        String judged = (n + kq.id().length()) % 3 == 0 ? "NO" : "YES";
                        keyQuestions.bind("c", sampled.get(n).id()).bind("k", kq.id()).bind("i", inspection.id())
                                .bind("s", standard.number()).bind("a", judged).add();
                        count++;
                        for (var prompt : kq.prompts()) {
                            prompts.bind("c", sampled.get(n).id()).bind("p", prompt.id()).bind("i", inspection.id())
                                    .bind("s", standard.number()).bind("k", kq.id())
                                    .bind("a", (n + prompt.id().length()) % 4 == 0 ? "NO" : "YES").add();
                            count++;
                        }
                    }
                }
                if (n % 50 == 49) {
                    // In pieces, so the set-up itself fits the small heap the export is measured in.
                    prompts.execute();
                    keyQuestions.execute();
                }
            }
            prompts.execute();
            keyQuestions.execute();
            System.out.printf(Locale.ROOT, "set-up: %d sampled cases, ", sampled.size());
            return count;
        });
        System.out.printf(Locale.ROOT, "%d answers stored, in %.1f s%n", answers, (System.nanoTime() - started) / 1e9);
        return inspection.id();
    }

    private record Sampled(long id, CaseType type) {
    }

    private interface FileSupplier {
        ExportFile get();
    }

    private static void measure(String what, FileSupplier export, Path work, int runs) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        long worstPeak = 0;
        long size = 0;
        long gcBefore = gcMillis();
        for (int run = 0; run < runs; run++) {
            System.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            Path file = work.resolve("export-" + run);
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            ExportFile exported = export.get();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
                exported.writeTo(out);
            }
            seconds.add((System.nanoTime() - started) / 1e9);
            cpu.add((threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9);
            allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            sampler.interrupt();
            sampler.join();
            worstPeak = Math.max(worstPeak, peak.get() - before);
            size = Files.size(file);
            delete(file);
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "%-26s %8.1f KB  wall %s s (median %.3f)  CPU of the exporting thread %s s"
                        + "  allocated %.0f MB a run  peak heap in use above baseline %.1f MB (garbage included)"
                        + "  GC %d ms in all%n", what, size / 1024.0, list(seconds), sorted.get(sorted.size() / 2),
                list(cpu), allocated / 1048576.0, worstPeak / 1048576.0, gcMillis() - gcBefore);
    }

    private static void explain(Application app, long id) throws Exception {
        var field = org.yjinspect.export.db.JdbiExportedCases.class.getDeclaredField("CASES");
        field.setAccessible(true);
        String sql = (String) field.get(null);
        app.database().jdbi().useHandle(h -> h.createQuery("explain analyze " + sql).bind("inspection", id)
                .mapTo(String.class).list().forEach(System.out::println));
    }

    private static List<String> list(List<Double> seconds) {
        return seconds.stream().map(s -> String.format(Locale.ROOT, "%.3f", s)).toList();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> Math.max(0, gc.getCollectionTime()))
                .sum();
    }

    private static void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
