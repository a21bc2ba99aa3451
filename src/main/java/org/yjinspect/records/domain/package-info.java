/** Who makes a change ({@link org.yjinspect.records.domain.Actor}) and the rule for free text. Pure Java. */
package org.yjinspect.records.domain;
