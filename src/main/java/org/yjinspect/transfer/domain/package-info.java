/**
 * The inspection document's format as data ({@link org.yjinspect.transfer.domain.InspectionFormat}):
 * its sections and fields with the rule each value must pass, and the policy that checks a whole
 * document hangs together before anything is stored.
 */
package org.yjinspect.transfer.domain;
