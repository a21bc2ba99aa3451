/**
 * Case assessments in PostgreSQL: tables {@code case_assessment}, {@code case_judgement},
 * {@code prompt_answer}, {@code key_question_answer} and {@code key_question_evidence}, each
 * record versioned on its own and every change audited in the same transaction.
 */
package org.yjinspect.assessment.db;
