/**
 * The inspection document as JSON, streamed both ways with Jackson's generator and parser: the
 * writer puts out one row at a time, the reader checks every value as it comes and names the
 * place of the first mistake (section, row, field, line).
 */
package org.yjinspect.transfer.json;
