/** Exporting an inspection as one document, and importing one as a new inspection, all or nothing. */
package org.yjinspect.transfer.app;
