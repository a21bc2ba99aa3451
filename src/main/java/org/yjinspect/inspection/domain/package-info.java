/** An inspection (or self-assessment) of one youth justice service, as set up before fieldwork. Pure Java. */
package org.yjinspect.inspection.domain;
