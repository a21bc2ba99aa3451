/** The library's JSON API: /api/library (list, one, add, remove) and its export (docs/library.md). */
package org.yjinspect.library.web;
