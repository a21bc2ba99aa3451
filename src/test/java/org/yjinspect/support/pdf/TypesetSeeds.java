package org.yjinspect.support.pdf;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.yjinspect.published.support.Seeds;

/**
 * The seed reports typeset by {@link SeedTypesetter} in every layout, made once per test run
 * (typesetting a report takes about a second) and shared by the tests that read them back.
 */
public final class TypesetSeeds {
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    private TypesetSeeds() {
    }

    public static byte[] pdf(String stem, SeedTypesetter.Layout layout) {
        return MADE.computeIfAbsent(stem + " " + layout, k -> SeedTypesetter.typeset(Seeds.text(stem), layout));
    }

    /** Every seed in every layout, as test arguments (stem, layout). */
    public static Stream<Arguments> everyLayout() {
        List<SeedTypesetter.Layout> layouts = SeedTypesetter.layouts();
        return Seeds.stems().flatMap(stem -> layouts.stream().map(layout -> Arguments.of(stem, layout)));
    }
}
