/** The library's use cases and the port the comparisons read it through. */
package org.yjinspect.library.app;
