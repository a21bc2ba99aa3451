/** The case assessment part of the JSON API: list, show, save one answer at a time, move a case's status. */
package org.yjinspect.assessment.web;
