/**
 * Who makes a change ({@link org.yjinspect.records.domain.Actor}, a name by the one text rule
 * set) and free text ({@link org.yjinspect.records.domain.FreeText}, that rule set's free-text
 * rule, {@link org.yjinspect.platform.input.TextRule}). Pure Java.
 */
package org.yjinspect.records.domain;
