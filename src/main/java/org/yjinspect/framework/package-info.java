/**
 * Feature: the inspection framework, version by version, as data. {@code domain} holds the records (domains, standards, key questions, prompts, applicability); {@code resource} loads the versioned catalogue files.
 */
package org.yjinspect.framework;
