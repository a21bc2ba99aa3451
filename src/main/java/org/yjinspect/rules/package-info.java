/**
 * The shared kernel of rules: {@link org.yjinspect.rules.Ruling}, what a named rule decided and
 * why, used by every feature. Pure Java with no dependencies.
 */
package org.yjinspect.rules;
