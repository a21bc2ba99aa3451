package org.yjinspect.published.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.yjinspect.published.app.ImportPublishedReport;
import org.yjinspect.published.support.Importers;
import org.yjinspect.published.support.Seeds;

/**
 * Time to import the five seed reports in one run, after start-up: reading, fitting to the
 * catalogue, consistency checks and rating by the engine (docs/importer.md has the figure and
 * the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportSeedsBenchmark {
    private String[] texts;
    private ImportPublishedReport importer;

    @Setup
    public void readSeeds() {
        texts = Seeds.ALL.stream().map(Seeds::text).toArray(String[]::new);
        importer = Importers.real();
    }

    @Benchmark
    public void importTheFiveSeeds(Blackhole sink) {
        for (int i = 0; i < texts.length; i++) {
            sink.consume(importer.importText(Seeds.ALL.get(i) + ".txt", texts[i]));
        }
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ImportSeedsBenchmark.class.getSimpleName()).build()).run();
    }
}
