package org.yjinspect.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that takes more than about ten seconds on the 2-core build machine (a fuzz run, a server
 * killed and restarted). Tagged {@code slow}: {@code mvn -B verify -Pfast} (or
 * {@code -DexcludedGroups=slow}) leaves these out while working; plain {@code mvn -B verify} runs them.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
public @interface Slow {
}
