/**
 * Feature: importing the text of published inspection reports into structured, rule-checked data. {@code domain} records and rules, {@code parse} one reader per report section, {@code app} the use case, {@code json}/{@code csv}/{@code text} the writers and the adapter to the rating engine.
 */
package org.yjinspect.published;
