/**
 * The export files as the web routes and the command line hand them out: which writer, which
 * content type and which file name for each export and format, decided (and the inspection
 * looked up) before the first byte is written.
 */
package org.yjinspect.export.file;
