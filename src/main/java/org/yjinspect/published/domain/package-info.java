/**
 * A published inspection report as structured data: the ratings page, each standard with its
 * key-question and prompt figures, the cases inspected, recommendations, contextual facts,
 * ratings-panel discretion and the warnings raised while reading it. Pure records and the
 * named consistency rules the importer applies to them; no parsing, no I/O, no JSON.
 */
package org.yjinspect.published.domain;
