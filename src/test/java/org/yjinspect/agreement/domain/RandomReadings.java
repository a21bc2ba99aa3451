package org.yjinspect.agreement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random pairs of readings for the property tests: skewed or even answers, close or loose readers. */
final class RandomReadings {
    private static final List<String> ANSWERS = List.of("YES", "NO", "NOT_APPLICABLE", "NOT_RELEVANT");

    private RandomReadings() {
    }

    static List<PairedAnswer> of(SplittableRandom random) {
        int categories = 1 + random.nextInt(ANSWERS.size());
        double[] weights = new double[categories];
        boolean oneWay = random.nextBoolean();
        for (int i = 0; i < categories; i++) {
            weights[i] = oneWay && i == 0 ? 20 + random.nextDouble() * 80 : random.nextDouble();
        }
        int n = 1 + random.nextInt(80);
        double closeness = random.nextDouble();
        List<PairedAnswer> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String first = pick(random, weights);
            String second = random.nextDouble() < closeness ? first : pick(random, weights);
            pairs.add(new PairedAnswer(first, second));
        }
        return pairs;
    }

    private static String pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return ANSWERS.get(i);
            }
        }
        return ANSWERS.get(weights.length - 1);
    }
}
