package org.yjinspect.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkOrderTest {
    @Test
    void numbersSortAsNumbersAndWordsAsWords() {
        List<String> ids = new ArrayList<>(Arrays.asList("2.10", "2.1.desistance.b", "2.2", "2.1", null,
                "2.1.desistance", "2.1.desistance.a", "10.1", "2.1.desistance.10", "2.1.desistance.9"));

        ids.sort(FrameworkOrder.BY_NUMBER);

        assertThat(ids).containsExactly(null, "2.1", "2.1.desistance", "2.1.desistance.9", "2.1.desistance.10",
                "2.1.desistance.a", "2.1.desistance.b", "2.2", "2.10", "10.1");
    }
}
