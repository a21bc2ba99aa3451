/** The sampling part of the JSON API: draw, show, replace. */
package org.yjinspect.sampling.web;
