/** Panel decisions (table {@code panel_decision}) and publication ({@code inspection.published_at}) in PostgreSQL. */
package org.yjinspect.panel.db;
