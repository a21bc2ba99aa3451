/** The live ratings and ratings panel part of the JSON API. */
package org.yjinspect.panel.web;
