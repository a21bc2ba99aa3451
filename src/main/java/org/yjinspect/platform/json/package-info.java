/**
 * The shared Jackson configuration used by the API and by the command line's --json output,
 * with strict reading ({@link org.yjinspect.platform.json.StrictJson}) whose mistakes are put
 * into users' words ({@link org.yjinspect.platform.json.JsonMistake}), never Jackson's.
 */
package org.yjinspect.platform.json;
