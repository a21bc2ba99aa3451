/** One entry of the append-only audit trail, as it is read back. Pure Java. */
package org.yjinspect.audit.domain;
