/** Plain-text rendering of a sample for the command line. */
package org.yjinspect.sampling.text;
