/**
 * Contextual facts as pure rules: the caseload's profile by case type, disposal type, gender,
 * ethnicity and age band ({@link org.yjinspect.context.domain.CaseloadProfile},
 * {@link org.yjinspect.context.domain.AgeBand}) and the figures entered beside it
 * ({@link org.yjinspect.context.domain.EnteredFigure}, {@link org.yjinspect.context.domain.FigureWording}).
 */
package org.yjinspect.context.domain;
