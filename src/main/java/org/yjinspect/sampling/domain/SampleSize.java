package org.yjinspect.sampling.domain;

/** How many cases to sample, with the working an inspector can check by hand. */
public record SampleSize(int n, String working) {
    public SampleSize {
        if (n < 0) {
            throw new IllegalArgumentException("a sample size cannot be negative: " + n);
        }
    }
}
