/**
 * Cross-cutting adapters shared by the features: PostgreSQL (embedded or external) with Flyway and JDBI, the Javalin web app and its JSON errors, shared command-line options.
 */
package org.yjinspect.platform;
