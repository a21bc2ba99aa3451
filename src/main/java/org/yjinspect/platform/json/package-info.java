/** The shared Jackson configuration used by the API and by the command line's --json output. */
package org.yjinspect.platform.json;
