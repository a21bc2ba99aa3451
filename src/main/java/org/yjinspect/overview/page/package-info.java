/** The list of inspections (with stage and progress) and the inspection overview, as pages in the browser. */
package org.yjinspect.overview.page;
