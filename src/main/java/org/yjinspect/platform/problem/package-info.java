/**
 * The one exception type use cases and domain rules throw for a request that cannot be carried
 * out. The web adapter turns it into {@code {"error": ...}} with 400/404/409; the command line
 * turns it into a message and exit code 2.
 */
package org.yjinspect.platform.problem;
