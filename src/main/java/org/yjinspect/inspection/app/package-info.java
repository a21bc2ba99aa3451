/**
 * Use cases for inspections: create one, find one, list them, delete one that was never
 * published; and the port to where they are kept. Every change names its actor.
 */
package org.yjinspect.inspection.app;
