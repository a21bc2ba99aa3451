/**
 * Use cases of the report's strengths and areas for improvement
 * ({@link org.yjinspect.finding.app.Findings}): list them in the report's order, add, change and
 * remove one, each in one transaction that meets the publication lock first and is audited with
 * its actor.
 */
package org.yjinspect.finding.app;
