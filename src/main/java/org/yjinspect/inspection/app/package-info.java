/** Use cases for inspections: create one, find one, list them; and the port to where they are kept. */
package org.yjinspect.inspection.app;
