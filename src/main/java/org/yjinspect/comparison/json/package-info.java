/** Reading the versioned mapping file between framework versions, with an error naming the file, the field and the value. */
package org.yjinspect.comparison.json;
