/** A plain-text summary of an imported report, laid out like its ratings page, for reading at a terminal. */
package org.yjinspect.published.text;
