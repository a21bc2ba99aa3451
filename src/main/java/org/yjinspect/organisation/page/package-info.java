/**
 * The organisational delivery page in the browser: per qualitative standard the evidence for
 * each question and the proposed rating with its rationale, the key data, staff survey lines and
 * meetings and interviews, as forms that work without JavaScript. Every form carries the base
 * revision of its record; a change made meanwhile by someone else is shown, not overwritten.
 */
package org.yjinspect.organisation.page;
