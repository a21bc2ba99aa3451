/**
 * What every value from outside must look like, whichever door it comes in by (a JSON body, an
 * HTTP header, a command-line option): the rules for text ({@link org.yjinspect.platform.input.TextRule}:
 * free text and names) and for dates ({@link org.yjinspect.platform.input.CalendarDate}). The
 * API's request reader and the features' self-checking commands use the same rules, so the same
 * text is accepted or refused with the same words in the API and on the command line. Pure Java.
 */
package org.yjinspect.platform.input;
