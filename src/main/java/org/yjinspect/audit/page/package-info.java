/** The audit trail of an inspection as a page in the browser: filterable, old and new values side by side, paged. */
package org.yjinspect.audit.page;
