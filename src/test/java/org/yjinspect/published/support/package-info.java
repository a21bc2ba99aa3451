/** Test support for the importer: the seed reports, the real importer and the expected-output projection. */
package org.yjinspect.published.support;
