/**
 * Feature: case assessments during fieldwork: answers to prompts and key questions per sampled case and standard, their status, and the tally that feeds live ratings.
 */
package org.yjinspect.assessment;
