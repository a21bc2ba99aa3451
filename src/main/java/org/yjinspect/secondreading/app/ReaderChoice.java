package org.yjinspect.secondreading.app;

import org.yjinspect.rules.Ruling;
import org.yjinspect.rules.Verdict;

/** A team member and whether they may read a given case second, with the rule's reason. */
public record ReaderChoice(String username, Ruling<Verdict> eligible) {
}
