package org.yjinspect.sampling.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sample against the population on every value of every stratification variable: counts,
 * percentages, the proportional target and whether the sample is within one case of it.
 */
public record MarginCheck(List<Row> rows) {
    /** One line of the sample-versus-population table. */
    public record Row(Margin margin, int populationCount, double populationPercent, int sampleCount,
                      double samplePercent, double target, boolean withinOneCase) {
    }

    public MarginCheck {
        rows = List.copyOf(rows);
    }

    public boolean allWithinOneCase() {
        return rows.stream().allMatch(Row::withinOneCase);
    }

    public List<Row> outsideOneCase() {
        return rows.stream().filter(r -> !r.withinOneCase()).toList();
    }

    /** Compares per-stratum sample counts with per-stratum population counts, margin by margin. */
    public static MarginCheck of(Map<Stratum, Integer> population, Map<Stratum, Integer> sample) {
        int populationSize = sum(population);
        int n = sum(sample);
        List<Row> rows = new ArrayList<>();
        for (StratificationVariable variable : StratificationVariable.values()) {
            for (Enum<?> value : variable.categories()) {
                Margin margin = new Margin(variable, value);
                int inPopulation = countIn(margin, population);
                int inSample = countIn(margin, sample);
                if (inPopulation == 0 && inSample == 0) {
                    continue;
                }
                double target = populationSize == 0 ? 0 : (double) n * inPopulation / populationSize;
                rows.add(new Row(margin, inPopulation, percent(inPopulation, populationSize), inSample,
                        percent(inSample, n), target, Math.abs(inSample - target) <= 1.0 + 1e-9));
            }
        }
        return new MarginCheck(rows);
    }

    private static int countIn(Margin margin, Map<Stratum, Integer> counts) {
        return counts.entrySet().stream().filter(e -> margin.contains(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static int sum(Map<Stratum, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
