/**
 * The published rating rules, each a named policy returning its result and its reason:
 * key question band, lowest key question, discretion triggers, ratings panel discretion,
 * overall rating from the score, resettlement limiting judgement. Pure Java; no I/O.
 */
package org.yjinspect.rating.domain;
