/**
 * Comparisons against the library of published inspections (issue 12, item 3): how a standard's
 * ratings and a key question's percentages spread across the library per framework version, a
 * service's published inspections over time, and where a live inspection's figures sit among the
 * published ones. Across framework versions only through the documented mapping
 * ({@code framework/mapping-2018-2021.json}, docs/comparisons.md).
 */
package org.yjinspect.comparison;
