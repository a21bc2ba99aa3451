/** Browser and HTTP tests of the second-reading pages: the blind rule, reconciliation, the forms without JavaScript. */
package org.yjinspect.secondreading.page;
