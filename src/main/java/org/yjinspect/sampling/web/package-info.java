/** The sampling part of the JSON API: draw, show, replace, discard. */
package org.yjinspect.sampling.web;
