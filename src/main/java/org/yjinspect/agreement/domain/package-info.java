/** Agreement statistics and their breakdown by inspection, standard, key question, prompt and pair of readers. */
package org.yjinspect.agreement.domain;
