/** Reading an inspection's progress and overview, for the list of inspections and the overview page. */
package org.yjinspect.overview.app;
