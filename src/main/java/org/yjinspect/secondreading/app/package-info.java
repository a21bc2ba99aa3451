/**
 * Second reading's use cases ({@link org.yjinspect.secondreading.app.SecondReadingService}): choose
 * and draw cases, allocate second readers, save and submit a second reading, compare both readings,
 * settle differences and show their effect on ratings. Refusals by a named rule come back as data
 * ({@link org.yjinspect.secondreading.app.Outcome}); the API, the pages and the command line all
 * go through here, so the blind rule is applied in one place.
 */
package org.yjinspect.secondreading.app;
