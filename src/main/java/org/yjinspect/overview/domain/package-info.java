/** Where an inspection stands in its life, decided by one named rule from what the application knows. */
package org.yjinspect.overview.domain;
