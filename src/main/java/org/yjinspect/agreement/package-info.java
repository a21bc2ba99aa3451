/**
 * Feature: agreement between two readings of the same cases (docs/agreement.md): observed
 * agreement, Cohen's kappa and Gwet's AC1, each with n and a 95% confidence interval, and the
 * words that stop a low kappa misleading. Pure arithmetic; the second-reading feature feeds it.
 */
package org.yjinspect.agreement;
