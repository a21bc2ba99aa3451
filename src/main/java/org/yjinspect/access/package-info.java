/**
 * Roles per inspection: who is on an inspection's team and in which roles, which sampled cases
 * are allocated to whom, and the access policy that decides what each may do (docs/access.md).
 */
package org.yjinspect.access;
