/** The library's store in PostgreSQL (migration V83): inspections, their figures and the library's own trail. */
package org.yjinspect.library.db;
