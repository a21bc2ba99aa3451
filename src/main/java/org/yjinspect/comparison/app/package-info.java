/**
 * The comparison use cases: a standard's or key question's spread across the library per
 * framework version, a service over time, and a live inspection's figures placed among the
 * library's. The library is read through {@link org.yjinspect.library.app.LibraryReader}; live
 * figures come from the rating engine's live ratings ({@link org.yjinspect.comparison.app.EngineLiveFigures}).
 */
package org.yjinspect.comparison.app;
