package org.yjinspect.agreement.domain;

/**
 * Cohen's kappa (Cohen 1960): agreement beyond what chance would give if each reader kept their own
 * mix of answers but gave them at random. kappa = (po - pe) / (1 - pe), with po the observed
 * agreement and pe = sum over categories of (share in the first reading x share in the second).
 * Its 95% interval is kappa plus or minus 1.96 standard errors, the variance being the large-sample
 * variance of Fleiss, Cohen and Everitt (1969), not the null variance used to test kappa = 0:
 * <pre>
 * var = ( sum_i p_ii [1 - (p_i. + p_.i)(1 - kappa)]²
 *       + (1 - kappa)² sum_{i != j} p_ij (p_.i + p_j.)²
 *       - [kappa - pe (1 - kappa)]² ) / ( n (1 - pe)² )
 * </pre>
 * with rows (p_i.) the first reading and columns (p_.j) the second; cut to [-1, 1].
 */
public final class CohenKappa {
    static final String METHOD = "large-sample variance of Fleiss, Cohen and Everitt 1969";

    private CohenKappa() {
    }

    public static Estimate of(AnswerTable table) {
        int n = table.total();
        if (n == 0) {
            return Estimate.notComputed(AgreementFigures.NOTHING_READ_TWICE);
        }
        double pe = chanceAgreement(table);
        if (table.categoriesUsed().size() == 1) {
            // Both readers gave one answer only, so chance agreement is 1 and kappa is 0/0.
            return Estimate.notComputed(AgreementFigures.allTheSame(table) + " Kappa cannot be computed: with one answer"
                    + " only, agreement by chance is 100% and kappa would be 0 divided by 0. Observed agreement 100%.");
        }
        double po = (double) table.agreements() / n;
        double kappa = (po - pe) / (1 - pe);
        if (n == 1) {
            return new Estimate(kappa, null, null, "Kappa " + ConfidenceInterval.coefficient(kappa)
                    + " from a single answer; one answer gives no confidence interval and says little about agreement.");
        }
        return ConfidenceInterval.normal(kappa, variance(table, po, pe, kappa), n, "Kappa", METHOD);
    }

    /** pe: the agreement expected if each reader gave their own mix of answers at random. */
    static double chanceAgreement(AnswerTable table) {
        double n = table.total();
        double pe = 0;
        for (int i = 0; i < table.categories().size(); i++) {
            pe += table.firstReadingTotal(i) / n * (table.secondReadingTotal(i) / n);
        }
        return pe;
    }

    private static double variance(AnswerTable table, double po, double pe, double kappa) {
        int k = table.categories().size();
        double n = table.total();
        double agreeing = 0;
        double disagreeing = 0;
        for (int i = 0; i < k; i++) {
            double rowI = table.firstReadingTotal(i) / n;
            double columnI = table.secondReadingTotal(i) / n;
            for (int j = 0; j < k; j++) {
                double pij = table.count(i, j) / n;
                if (i == j) {
                    double term = 1 - (rowI + columnI) * (1 - kappa);
                    agreeing += pij * term * term;
                } else {
                    double sum = columnI + table.firstReadingTotal(j) / n;
                    disagreeing += pij * sum * sum;
                }
            }
        }
        double correction = kappa - pe * (1 - kappa);
        double numerator = agreeing + (1 - kappa) * (1 - kappa) * disagreeing - correction * correction;
        return numerator / (n * (1 - pe) * (1 - pe));
    }
}
