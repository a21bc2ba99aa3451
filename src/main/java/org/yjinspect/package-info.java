/**
 * yjinspect: inspections of youth justice services by HM Inspectorate of Probation's
 * framework. {@link org.yjinspect.Application} wires the features together; each feature
 * (framework, inspection, caseload, sampling, ...) is a package with its own domain, use cases
 * and adapters.
 */
package org.yjinspect;
