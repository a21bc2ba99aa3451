/**
 * The ratings panel's rule for publishing, as pure code. Whether a panel decision itself is
 * allowed is the rating engine's {@link org.yjinspect.rating.domain.PanelDiscretionPolicy}, never
 * repeated here.
 */
package org.yjinspect.panel.domain;
