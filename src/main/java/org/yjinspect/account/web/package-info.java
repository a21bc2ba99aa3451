/**
 * The HTTP side of accounts: who a request comes from ({@link
 * org.yjinspect.account.web.PrincipalResolver}: the session cookie or a bearer token), the
 * session cookie itself, and the routes to set up the first administrator, sign in and out,
 * and manage personal access tokens.
 */
package org.yjinspect.account.web;
