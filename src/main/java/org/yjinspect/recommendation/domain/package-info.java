/**
 * Recommendations as pure rules: what one says and to whom
 * ({@link org.yjinspect.recommendation.domain.Recommendation},
 * {@link org.yjinspect.recommendation.domain.RecommendationWording}) and the order the report lists
 * them in, grouped by addressee ({@link org.yjinspect.recommendation.domain.RecommendationOrder}).
 */
package org.yjinspect.recommendation.domain;
