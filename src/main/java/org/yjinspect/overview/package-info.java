/**
 * The inspection as a whole, as the people on it follow it: where it stands (set up, caseload
 * imported, sample drawn, fieldwork, published), how far the case assessments have got, the
 * live ratings and what still stands in the way of publication. It only reads, through the use
 * cases of the features it brings together (inspection, assessment, panel, access); nothing
 * depends on it.
 */
package org.yjinspect.overview;
