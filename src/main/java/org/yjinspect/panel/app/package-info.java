/**
 * The live ratings and the ratings panel. {@link org.yjinspect.panel.app.LiveRatings} computes an
 * inspection's ratings on every request from the stored answers, proposed ratings and panel
 * decisions, through the one rating engine ({@link org.yjinspect.rating.app.RateInspection});
 * nothing computed is stored. {@link org.yjinspect.panel.app.PanelService} records panel
 * decisions (checked by the engine) and publishes, which locks the inspection.
 */
package org.yjinspect.panel.app;
