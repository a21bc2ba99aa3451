/** The inspections' pages in the browser: "Create an inspection" (the list is the overview feature's). */
package org.yjinspect.inspection.page;
