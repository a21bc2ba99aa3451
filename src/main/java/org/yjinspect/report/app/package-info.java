/**
 * Use case: assemble an inspection's report from the other features' services (ratings and
 * panel, case assessments, qualitative evidence, sample, recommendations and contextual facts).
 */
package org.yjinspect.report.app;
