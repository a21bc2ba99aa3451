/**
 * The comparison arithmetic and its words, pure Java: rating tallies, percentage spreads with
 * their quartiles ({@link org.yjinspect.comparison.domain.QuartileMethod}), a live figure's
 * placement among the library's and the policy that says it in words, a service's history, and
 * the mapping between framework versions.
 */
package org.yjinspect.comparison.domain;
