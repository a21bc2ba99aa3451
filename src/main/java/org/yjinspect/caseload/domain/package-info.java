/**
 * A service's caseload as inspectors receive it: one pseudonymous record per child's case
 * (case type, disposal type, dates, gender, ethnic group, risk of serious harm and safety and
 * wellbeing classifications, case manager) and the controlled vocabulary of each field. Pure
 * Java: no database, web or CSV code.
 */
package org.yjinspect.caseload.domain;
