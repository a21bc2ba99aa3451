/**
 * Records on the API: who is making a request ({@link org.yjinspect.records.web.RequestActor}),
 * the JSON answers for refused writes (409 stale, with the current state; 423 locked), and the
 * JSON writer the record-keeping features share.
 */
package org.yjinspect.records.web;
