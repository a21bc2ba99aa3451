/**
 * How an inspection's case sample is chosen, as named policies that each return a result and
 * its reason: eligibility windows, the court sample size ({@link
 * org.yjinspect.sampling.domain.SampleSizePolicy}), the out-of-court split per framework version,
 * resettlement up to a cap, proportional allocation by largest remainder over gender × disposal
 * type × risk of serious harm × safety and wellbeing, seeded selection, the sample-versus-
 * population check and replacements. Pure Java: no database, web or JSON code.
 */
package org.yjinspect.sampling.domain;
