/**
 * The case assessment in the browser: the list of sampled cases one may see, one case's form a
 * standard at a time (posted whole without JavaScript, saved answer by answer with it through
 * the JSON API), the conflicts of two people answering the same case, and the case's status.
 */
package org.yjinspect.assessment.page;
