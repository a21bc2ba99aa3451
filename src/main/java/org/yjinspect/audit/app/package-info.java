/** Reading an inspection's audit trail, whole or for one case or standard. */
package org.yjinspect.audit.app;
