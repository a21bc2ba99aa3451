/**
 * The data exports as pure data: the columns of the case-level layouts (wide: one row per
 * sampled case, long: one row per answer) taken from the inspection's framework version, the
 * data dictionary that describes them, the audit trail's columns, the cells of a row, the file
 * names, and the one rule that keeps a spreadsheet from running a cell as a formula. No CSV,
 * spreadsheet, web or database code.
 */
package org.yjinspect.export.domain;
