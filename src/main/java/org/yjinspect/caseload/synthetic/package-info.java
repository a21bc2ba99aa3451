/** Made-up caseloads for demonstrations, tests and benchmarks; never real children's data. */
package org.yjinspect.caseload.synthetic;
