/**
 * The HTTP side of yjinspect: building the Javalin server from each feature's routes, the
 * security headers on every answer ({@link org.yjinspect.platform.web.SecurityHeaders}), the
 * body size per route ({@link org.yjinspect.platform.web.BodyLimits}), one large upload read at
 * a time ({@link org.yjinspect.platform.web.UploadGate}), the access check before every route, the one way of reading a request ({@link
 * org.yjinspect.platform.web.Requests}: path ids, header text, JSON bodies), and answers that are
 * JSON {@code {"error": ...}} for every refusal, whether a route, the router or the web server
 * itself refuses.
 */
package org.yjinspect.platform.web;
