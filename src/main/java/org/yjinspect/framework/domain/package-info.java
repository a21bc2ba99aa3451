/**
 * The inspection framework as pure data: versions, domains, standards, key questions, prompts
 * and which cases each key question applies to. No framework code lives here; the content
 * itself is loaded from the versioned catalogue files under {@code src/main/resources/framework}.
 */
package org.yjinspect.framework.domain;
