/**
 * Feature: an inspection (or a service's self-assessment): service, kind, pinned framework version, dates and eligibility windows. Layered as domain, app, db, web.
 */
package org.yjinspect.inspection;
