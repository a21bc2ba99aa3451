package org.yjinspect.agreement.domain;

/**
 * Gwet's AC1 (Gwet 2008): agreement beyond chance where chance is the share of answers a reader
 * would give at random only on the items that are hard to call, so it is not dragged down when
 * nearly every answer is the same. With q possible answers and pi_k = (p_k. + p_.k) / 2 the share of
 * answers that were category k in both readings together:
 * pe = sum_k pi_k (1 - pi_k) / (q - 1), AC1 = (pa - pe) / (1 - pe).
 * Its 95% interval is AC1 plus or minus 1.96 standard errors with Gwet's (2008) variance for two
 * raters, taking the sampling fraction as 0 (the cases stand for many more):
 * <pre>
 * var = ( pa(1 - pa)
 *       - 4(1 - AC1) [ sum_k p_kk (1 - pi_k) / (q - 1) - pa pe ]
 *       + 4(1 - AC1)² [ sum_k sum_l p_kl (1 - (pi_k + pi_l)/2)² / (q - 1)² - pe² ] ) / ( n (1 - pe)² )
 * </pre>
 * q counts the possible answers given to the table (unused ones included) and every answer seen.
 * The normal quantile 1.96 is used (Gwet's software uses Student's t with n - 1 degrees of freedom,
 * slightly wider for small n); cut to [-1, 1].
 */
public final class GwetAc1 {
    static final String METHOD = "variance of Gwet 2008";

    private GwetAc1() {
    }

    public static Estimate of(AnswerTable table) {
        int n = table.total();
        if (n == 0) {
            return Estimate.notComputed(AgreementFigures.NOTHING_READ_TWICE);
        }
        int q = table.categories().size();
        if (q < 2) {
            return Estimate.notComputed(AgreementFigures.allTheSame(table) + " AC1 cannot be computed: it needs at least"
                    + " two possible answers to tell agreement from chance, and no other answer was given or declared"
                    + " possible. Observed agreement 100%.");
        }
        double pa = (double) table.agreements() / n;
        double pe = chanceAgreement(table);
        double ac1 = (pa - pe) / (1 - pe);
        if (n == 1) {
            return new Estimate(ac1, null, null, "AC1 " + ConfidenceInterval.coefficient(ac1)
                    + " from a single answer; one answer gives no confidence interval and says little about agreement.");
        }
        return ConfidenceInterval.normal(ac1, variance(table, pa, pe, ac1), n, "AC1", METHOD);
    }

    /** Gwet's chance agreement; at most 1/q, so never 1 when q is at least 2. */
    static double chanceAgreement(AnswerTable table) {
        int q = table.categories().size();
        double sum = 0;
        for (int k = 0; k < q; k++) {
            double pi = table.share(k);
            sum += pi * (1 - pi);
        }
        return sum / (q - 1);
    }

    private static double variance(AnswerTable table, double pa, double pe, double ac1) {
        int q = table.categories().size();
        double n = table.total();
        double diagonal = 0;
        double cells = 0;
        for (int k = 0; k < q; k++) {
            diagonal += table.count(k, k) / n * (1 - table.share(k));
            for (int l = 0; l < q; l++) {
                double term = 1 - (table.share(k) + table.share(l)) / 2;
                cells += table.count(k, l) / n * term * term;
            }
        }
        double numerator = pa * (1 - pa)
                - 4 * (1 - ac1) * (diagonal / (q - 1) - pa * pe)
                + 4 * (1 - ac1) * (1 - ac1) * (cells / ((q - 1.0) * (q - 1)) - pe * pe);
        return numerator / (n * (1 - pe) * (1 - pe));
    }
}
