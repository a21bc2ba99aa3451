/**
 * Feature: choosing the case sample: eligibility windows, sample size, court/out-of-court split, stratified seeded selection, the sample-versus-population check and replacements. Layered as domain, app, db, web, text.
 */
package org.yjinspect.sampling;
