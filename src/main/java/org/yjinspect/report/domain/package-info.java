/**
 * The report's content as plain records, and the named rules that decide what it shows (the
 * draft mark, whether a standard's rating is decided). Pure: no templates, web or database.
 */
package org.yjinspect.report.domain;
