/**
 * Use cases for the qualitative standards: evidence notes per question, the lead inspector's
 * proposed rating with its rationale, key data, staff survey results, meetings and interviews.
 * Every record is versioned; every write states its base revision and is audited.
 */
package org.yjinspect.organisation.app;
