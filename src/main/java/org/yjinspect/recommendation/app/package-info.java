/**
 * Use cases of the report's recommendations ({@link org.yjinspect.recommendation.app.Recommendations}):
 * list them in the report's order, add, change, remove and move one, each in one transaction that
 * meets the publication lock first and is audited with its actor.
 */
package org.yjinspect.recommendation.app;
