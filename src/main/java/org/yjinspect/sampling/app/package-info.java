/**
 * Use cases for samples: draw one from the stored caseload (seed and rules stored with it;
 * refused when it would take no case), show it against the eligible population, replace a case
 * with a recorded reason, discard a sample nobody has started on. Each change names its actor.
 */
package org.yjinspect.sampling.app;
