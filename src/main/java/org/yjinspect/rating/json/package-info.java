/** JSON adapter of rating: the documented input format (read with field-level errors) and the output. */
package org.yjinspect.rating.json;
