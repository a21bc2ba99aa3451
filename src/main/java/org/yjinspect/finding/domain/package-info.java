/**
 * Findings as pure rules: what one says, of which domain and of which kind
 * ({@link org.yjinspect.finding.domain.Finding}, {@link org.yjinspect.finding.domain.FindingKind},
 * {@link org.yjinspect.finding.domain.FindingWording}) and the order the report lists them in
 * ({@link org.yjinspect.finding.domain.FindingOrder}).
 */
package org.yjinspect.finding.domain;
