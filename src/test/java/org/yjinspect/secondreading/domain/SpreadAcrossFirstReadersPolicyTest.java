package org.yjinspect.secondreading.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A drawn share spread across the first readers: in proportion, at least one each where possible, reproducible. */
class SpreadAcrossFirstReadersPolicyTest {
    @Test
    void eachFirstReadersCasesAreRepresentedInProportionWorkedByHand() {
        // 20% of 20 cases is 4; one each to the three readers, then the fourth to ceri's 10 cases:
        // ceri 10/3 = 3.33 beats dafydd 6/3 = 2 and eira 4/3 = 1.33.
        var drawn = SpreadAcrossFirstReadersPolicy.draw(readers(Map.of("ceri", 10, "dafydd", 6, "eira", 4)), 20, 5L);
        assertThat(drawn.ruling().value()).isEqualTo(4);
        assertThat(sizes(drawn)).isEqualTo(Map.of("ceri", 2, "dafydd", 1, "eira", 1));
        assertThat(drawn.ruling().reason()).contains("20% of 20 cases is 4 (rounded up)")
                .contains("every first reader has at least one case");
    }

    @Test
    void withFewerCasesToDrawThanReadersTheReadersWithMostCasesComeFirst() {
        var drawn = SpreadAcrossFirstReadersPolicy.draw(readers(Map.of("ceri", 10, "dafydd", 6, "eira", 4)), 10, 5L);
        assertThat(sizes(drawn)).isEqualTo(Map.of("ceri", 1, "dafydd", 1));
        assertThat(drawn.ruling().reason()).contains("fewer cases to draw than first readers");
    }

    @Test
    void theSameSeedDrawsTheSameCasesAndTheWholeSampleIsEveryCase() {
        Map<String, List<String>> readers = readers(Map.of("ceri", 7, "dafydd", 5));
        assertThat(SpreadAcrossFirstReadersPolicy.draw(readers, 40, 99L).cases())
                .isEqualTo(SpreadAcrossFirstReadersPolicy.draw(readers, 40, 99L).cases());
        assertThat(SpreadAcrossFirstReadersPolicy.draw(readers, 100, 1L).cases()).hasSize(12);
    }

    @Test
    void seededPropertiesEveryDrawIsTheRightSizeWithinTheCasesAndSpread() {
        long seed = System.nanoTime();
        System.out.println("SpreadAcrossFirstReadersPolicyTest seed " + seed);
        SplittableRandom random = new SplittableRandom(seed);
        for (int round = 0; round < 500; round++) {
            Map<String, Integer> sizes = new TreeMap<>();
            int readers = 1 + random.nextInt(6);
            for (int r = 0; r < readers; r++) {
                sizes.put("reader" + r, 1 + random.nextInt(15));
            }
            int share = 1 + random.nextInt(100);
            var drawn = SpreadAcrossFirstReadersPolicy.draw(readers(sizes), share, random.nextLong());
            int total = sizes.values().stream().mapToInt(Integer::intValue).sum();
            int n = (int) Math.ceil(total * share / 100.0);
            assertThat(drawn.cases()).as("seed %d round %d", seed, round).hasSize(n).doesNotHaveDuplicates();
            drawn.byFirstReader().forEach((reader, cases) -> assertThat(cases).allMatch(c -> c.startsWith(reader + "-"))
                    .hasSizeLessThanOrEqualTo(sizes.get(reader)));
            if (n >= readers) {
                assertThat(drawn.byFirstReader()).as("seed %d round %d: one each", seed, round).hasSize(readers);
            }
        }
    }

    private static Map<String, List<String>> readers(Map<String, Integer> sizes) {
        Map<String, List<String>> readers = new TreeMap<>();
        sizes.forEach((reader, size) -> readers.put(reader, new ArrayList<>(IntStream.rangeClosed(1, size)
                .mapToObj(i -> reader + "-" + String.format("%02d", i)).toList())));
        return readers;
    }

    private static Map<String, Integer> sizes(SpreadAcrossFirstReadersPolicy.Drawn drawn) {
        Map<String, Integer> sizes = new TreeMap<>();
        drawn.byFirstReader().forEach((reader, cases) -> sizes.put(reader, cases.size()));
        return sizes;
    }
}
