/**
 * The record of who changed what: the actor making a change, an entry of the append-only audit
 * trail, and the rule for free text typed by inspectors (kept as plain text, never interpreted).
 * Pure Java.
 */
package org.yjinspect.audit.domain;
