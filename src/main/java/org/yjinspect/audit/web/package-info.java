/** The audit trail on the JSON API. */
package org.yjinspect.audit.web;
