/**
 * The sample's pages in the browser: drawing it, the working behind its size, the sample against
 * the population, replacing a case and discarding the sample; and the allocation of the sampled
 * cases to the team's assessors (here, not in the access feature, because it lists the sample,
 * and the sampling feature already depends on access).
 */
package org.yjinspect.sampling.page;
