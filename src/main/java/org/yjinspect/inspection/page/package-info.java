/** The inspections' pages in the browser: the list of inspections one may see. */
package org.yjinspect.inspection.page;
