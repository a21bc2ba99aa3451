/**
 * JSON for imported reports: the report as documented in docs/importer.md (valid input to
 * {@code yjinspect rate}).
 */
package org.yjinspect.published.json;
