/**
 * The HTTP side of yjinspect: building the Javalin server from each feature's routes, the
 * access check before every route, JSON error answers, and safe reading of requests.
 */
package org.yjinspect.platform.web;
