/**
 * Feature: importing the text of published inspection reports into structured, rule-checked data. {@code domain} records and rules, {@code parse} one reader per report section, {@code app} the use case, which calls the rating engine directly, {@code json}/{@code csv}/{@code text} the writers.
 */
package org.yjinspect.published;
