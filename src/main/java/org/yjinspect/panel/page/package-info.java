/**
 * The ratings panel in the browser: each standard's computed rating with its key question
 * figures and triggers, the panel's decision forms (confirm or move, with a rationale), and
 * publication behind a confirmation page that says what publishing locks. Forms post without
 * JavaScript and go through the same use cases as the API ({@link org.yjinspect.panel.app.PanelService}).
 */
package org.yjinspect.panel.page;
