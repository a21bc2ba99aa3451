/**
 * The inspection framework as pure data: versions, domains, standards, key questions, prompts
 * and which cases each key question applies to, plus {@link org.yjinspect.framework.domain.PrintedWording},
 * the one rule for matching a wording printed in a report against the catalogue. No framework code
 * lives here; the content itself is loaded from the versioned catalogue files under
 * {@code src/main/resources/framework} (why each value is what it is: docs/framework-catalogue.md).
 */
package org.yjinspect.framework.domain;
