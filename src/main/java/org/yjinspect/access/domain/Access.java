package org.yjinspect.access.domain;

/**
 * The outcome of the access policy. {@link #HIDDEN} answers exactly as if the inspection or case
 * did not exist (HTTP 404), so nobody learns of an inspection they are not on; {@link #FORBIDDEN}
 * (HTTP 403) is for someone who may know it exists but may not do this. Ordered from least to
 * most: someone holding several roles gets the most any of them gives.
 */
public enum Access {
    HIDDEN, FORBIDDEN, ALLOWED
}
