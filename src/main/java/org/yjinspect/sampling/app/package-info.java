/**
 * Use cases for samples: draw one from the stored caseload (seed and rules stored with it),
 * show it against the eligible population, replace a case with a recorded reason.
 */
package org.yjinspect.sampling.app;
