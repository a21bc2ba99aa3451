/**
 * The import use case: a report file (or its text) in, a {@code PublishedReport} with warnings
 * out. It reads the text, fits it to the framework catalogue of its version, applies the
 * importer's consistency rules and asks the rating engine ({@code rating.app.RateInspection},
 * with the command {@code PublishedRatingInput} builds from the imported report) for the ratings
 * the figures give.
 */
package org.yjinspect.published.app;
