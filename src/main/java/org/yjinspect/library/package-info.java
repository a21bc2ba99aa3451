/**
 * Feature: the library of published inspections kept in the database (docs/library.md):
 * imported reports deduplicated by service and publication month, listed, shown, removed and
 * exported one row per inspection; the figures the comparisons read.
 */
package org.yjinspect.library;
