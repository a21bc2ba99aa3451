package org.yjinspect.context.domain;

/** One category of a profile table: how many cases of the caseload, and their share of it (0 to 100). */
public record ProfileRow(String category, long count, double percent) {
}
