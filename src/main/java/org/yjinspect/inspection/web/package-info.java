/** The inspection part of the JSON API. */
package org.yjinspect.inspection.web;
