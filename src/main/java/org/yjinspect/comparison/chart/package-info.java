/**
 * The comparison charts laid out by hand as SVG shapes (no chart library), like the report's band
 * charts: a spread strip per key question (every published figure as a dot, the quartile box, the
 * median, the live figure marked) over the rating bands, and bars of rating counts per standard.
 * Each chart carries a text alternative that says everything the picture does.
 */
package org.yjinspect.comparison.chart;
