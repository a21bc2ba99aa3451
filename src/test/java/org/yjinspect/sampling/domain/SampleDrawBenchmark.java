package org.yjinspect.sampling.domain;

import org.yjinspect.inspection.domain.EligibilityWindows;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.yjinspect.caseload.domain.CaseRecord;
import org.yjinspect.caseload.synthetic.SyntheticCaseload;
import org.yjinspect.framework.domain.FrameworkVersion;

/**
 * The sampling rules alone, without the database: eligibility, plan, allocation and selection
 * over a generated caseload. Run as described in docs/sampling.md (not part of mvn test).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SampleDrawBenchmark {
    private static final LocalDate ANNOUNCED = LocalDate.of(2024, 10, 14);

    @Param({"50000"})
    public int rows;

    private List<CaseRecord> caseload;
    private final SampleDraw draw = new SampleDraw();
    private final EligibilityPolicy eligibility = new EligibilityPolicy(ANNOUNCED, EligibilityWindows.DEFAULTS);
    private long seed;

    @Setup
    public void generate() {
        caseload = new SyntheticCaseload(1, ANNOUNCED).cases(rows);
    }

    @Benchmark
    public DrawnSample drawASample() {
        return draw.draw(FrameworkVersion.V2021, eligibility, caseload, SamplingRules.DEFAULTS, seed++);
    }
}
