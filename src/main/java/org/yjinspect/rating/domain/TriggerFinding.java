package org.yjinspect.rating.domain;

/** A discretion trigger that holds for a standard, with the figures that make it hold. */
public record TriggerFinding(DiscretionTrigger trigger, String reason) {
}
