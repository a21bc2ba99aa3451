/**
 * Feature: second reading and moderation (docs/second-reading.md). The lead inspector chooses or
 * draws part of the sample to be read a second time, blind, by another member of the team; once
 * both readings of a case are submitted their answers are compared (the agreement feature does
 * the statistics), the differences are settled by the lead with a reason, and the effect of the
 * differences on each standard's rating is shown beside the live rating.
 */
package org.yjinspect.secondreading;
