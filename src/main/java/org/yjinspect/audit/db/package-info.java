/** Reading the append-only audit trail from PostgreSQL (it is written by the records kernel). */
package org.yjinspect.audit.db;
