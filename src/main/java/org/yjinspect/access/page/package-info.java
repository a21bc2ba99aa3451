/**
 * The inspection team's page in the browser (members and roles; adding a member, taking a role
 * away), and what the set-up pages of other features share: who may do what on the page (so a
 * form is shown only to those who may use it) and the errors a refused form shows.
 */
package org.yjinspect.access.page;
