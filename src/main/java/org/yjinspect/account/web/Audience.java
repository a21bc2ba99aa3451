package org.yjinspect.account.web;

import io.javalin.security.RouteRole;

/**
 * Who a route outside any one inspection is for. Every route names who may use it: one of
 * these, or an action in an inspection ({@code access.web.Allowed}); a route naming neither is
 * refused (fail closed) and the server does not start.
 */
public enum Audience implements RouteRole {
    /** Signing in and setting up the first administrator: no credentials needed. */
    ANYONE,
    /** Anyone signed in, for themselves: who am I, my tokens, signing out, creating an inspection. */
    SIGNED_IN,
    /** Administrators only (the account flag): managing accounts. Anyone else signed in is refused (403). */
    ADMINISTRATORS
}
