/**
 * Cross-cutting parts shared by the features: PostgreSQL (embedded or external) with Flyway and
 * JDBI, the Javalin web app and its JSON errors, the shared JSON mapper, the one refusal type
 * ({@code problem}) and the rules every value from outside must follow ({@code input}: text and dates).
 */
package org.yjinspect.platform;
