/**
 * Reads the plain text of a published report, as PDF converters leave it, into the records of
 * {@code published.domain}: one small parser per section (ratings page, key-question tables,
 * inspection data annexe, case samples, recommendations, contextual facts, discretion, dates,
 * framework version). Parsers recognise structure and wording, never a particular report, and
 * report what they cannot read as warnings rather than failing.
 */
package org.yjinspect.published.parse;
