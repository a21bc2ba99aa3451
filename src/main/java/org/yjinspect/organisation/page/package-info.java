/**
 * The organisational delivery pages in the browser: an index of the qualitative standards (the
 * evidence recorded and the proposed rating of each), and one page per standard with the
 * evidence for each question, the key data, staff survey lines and meetings and interviews, and
 * the proposed rating with its rationale, as forms that work without JavaScript. Every form
 * carries the base revision of its record; a change made meanwhile by someone else is shown, not
 * overwritten.
 */
package org.yjinspect.organisation.page;
