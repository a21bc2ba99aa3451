/**
 * The pages of second reading (docs/second-reading-pages.md): the lead chooses or draws the cases
 * and allocates their second readers; the second reader answers their own blind form; once both
 * readings of a case are submitted, the agreement, the differences to settle and their effect on
 * the ratings. Every form works without JavaScript; every read goes through the second-reading
 * use cases, so the blind rule is the application's, not the page's.
 */
package org.yjinspect.secondreading.page;
