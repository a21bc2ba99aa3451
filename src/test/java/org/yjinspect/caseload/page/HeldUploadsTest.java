package org.yjinspect.caseload.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class HeldUploadsTest {
    private static final byte[] CSV = "case_reference\nYJ-1\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aKeptFileIsGivenBackOnceToItsUploaderInItsInspectionOnly() {
        HeldUploads held = new HeldUploads(Clock.systemUTC());
        String key = held.keep("lowri", 7, "caseload.csv", CSV);
        assertThat(held.take(key, "rhian", 7)).as("someone else").isEmpty();
        assertThat(held.take(key, "lowri", 8)).as("another inspection").isEmpty();
        assertThat(held.take("not-a-key", "lowri", 7)).isEmpty();
        var taken = held.take(key, "lowri", 7).orElseThrow();
        assertThat(taken.getKey()).isEqualTo("caseload.csv");
        assertThat(taken.getValue()).isEqualTo(CSV);
        assertThat(held.take(key, "lowri", 7)).as("taken once").isEmpty();
    }

    @Test
    void aFileIsForgottenAfterItsTimeAndTheOldestGoesWhenTooManyAreKept() {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        MovableClock clock = new MovableClock(start);
        HeldUploads held = new HeldUploads(clock);
        String old = held.keep("lowri", 7, "a.csv", CSV);
        clock.now = start.plus(HeldUploads.KEPT).plus(Duration.ofSeconds(1));
        assertThat(held.take(old, "lowri", 7)).as("after " + HeldUploads.KEPT).isEmpty();
        String first = held.keep("lowri", 7, "first.csv", CSV);
        for (int i = 0; i < HeldUploads.MOST; i++) {
            held.keep("lowri", 7, "more.csv", CSV);
        }
        assertThat(held.take(first, "lowri", 7)).as("the oldest of more than " + HeldUploads.MOST).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
