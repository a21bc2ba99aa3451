/**
 * Organisational delivery and the other qualitative standards, as pure rules: which standards
 * are judged on qualitative evidence, the service's key data, staff survey results and the
 * meetings and interviews held during fieldwork, each checking itself.
 */
package org.yjinspect.organisation.domain;
