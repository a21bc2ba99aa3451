/** The library's records: one published inspection's figures as kept (no narrative, nothing about a child). */
package org.yjinspect.library.domain;
