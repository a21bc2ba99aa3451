/**
 * JSON for imported reports: the report as documented in docs/importer.md (valid input to
 * {@code yjinspect rate}), and the adapter that has the rating engine rate that same JSON.
 */
package org.yjinspect.published.json;
