package org.yjinspect.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test (class or method) that reads the published seed reports. Where there are none (a fresh
 * clone without {@code ../shared/seeds}), it is skipped and counted in the one notice at the end
 * of the run ({@link SeedsSkippedNotice}); when seeds are required (CI) it fails instead.
 * Tagged {@code seeds}, so {@code -Dgroups=seeds} runs only these and {@code -DexcludedGroups=seeds} none.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SeedsCondition.class)
@Tag("seeds")
public @interface NeedsSeeds {
}
