/**
 * Use cases of rating: {@link org.yjinspect.rating.app.RateInspection} puts an inspection's
 * figures through the named rules of {@code rating.domain} against the framework catalogue of
 * its version, and returns the ratings page with every reason.
 */
package org.yjinspect.rating.app;
