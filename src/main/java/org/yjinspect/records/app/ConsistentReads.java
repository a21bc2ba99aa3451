package org.yjinspect.records.app;

import java.util.function.Supplier;

/**
 * Runs several reads, possibly across features, against one consistent snapshot of the data,
 * so that a view (a case assessment, the live ratings) never mixes two moments.
 */
@FunctionalInterface
public interface ConsistentReads {
    <T> T read(Supplier<T> reads);
}
