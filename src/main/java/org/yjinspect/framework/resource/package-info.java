/** Reads the versioned framework catalogue files (JSON resources) into the framework domain. */
package org.yjinspect.framework.resource;
