/** Roles, actions and the access policy: pure rules, no framework. */
package org.yjinspect.access.domain;
