/** The team and allocation tables, written through the records kernel. */
package org.yjinspect.access.db;
