/** The JSON routes of the team and the allocations. */
package org.yjinspect.access.web;
