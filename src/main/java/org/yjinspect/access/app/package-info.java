/** The team and allocation use cases and their command records. */
package org.yjinspect.access.app;
