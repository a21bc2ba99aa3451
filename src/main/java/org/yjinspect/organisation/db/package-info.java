/**
 * Qualitative evidence in PostgreSQL: tables {@code qualitative_evidence}, {@code proposed_rating},
 * {@code key_data}, {@code staff_survey_result} and {@code fieldwork_meeting}.
 */
package org.yjinspect.organisation.db;
