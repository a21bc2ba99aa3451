/** The library's pages: /library (list, filters, adding a report, exports) and /library/{libraryId} (one inspection). */
package org.yjinspect.library.page;
