/**
 * Feature: the published rating rules. {@code domain} has one named policy per rule, each returning its result and its reason; {@code app} rates an inspection; {@code json} and {@code text} are its input and output adapters.
 */
package org.yjinspect.rating;
