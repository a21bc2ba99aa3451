/**
 * Use cases of the contextual facts ({@link org.yjinspect.context.app.ContextualFacts}): the caseload's
 * profile computed from the imported caseload beside the figures entered; adding and removing a
 * figure, each in a transaction behind the publication lock, audited with its actor.
 */
package org.yjinspect.context.app;
