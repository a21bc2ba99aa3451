package org.yjinspect.agreement.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * An independent check of the variances: kappa and AC1 written from their definitions as functions
 * of the cell shares p[i][j], and the delta-method standard error
 * sqrt((sum p g² - (sum p g)²) / n), with g each cell's derivative taken by central differences.
 */
final class DeltaMethod {
    private DeltaMethod() {
    }

    static double standardError(List<PairedAnswer> pairs, ToDoubleFunction<double[][]> coefficient) {
        List<String> labels = new ArrayList<>();
        pairs.forEach(p -> {
            if (!labels.contains(p.first())) {
                labels.add(p.first());
            }
            if (!labels.contains(p.second())) {
                labels.add(p.second());
            }
        });
        int k = labels.size();
        double[][] p = new double[k][k];
        pairs.forEach(pair -> p[labels.indexOf(pair.first())][labels.indexOf(pair.second())] += 1.0 / pairs.size());
        double sum = 0;
        double sumOfSquares = 0;
        double h = 1e-6;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double keep = p[i][j];
                p[i][j] = keep + h;
                double up = coefficient.applyAsDouble(p);
                p[i][j] = keep - h;
                double down = coefficient.applyAsDouble(p);
                p[i][j] = keep;
                double g = (up - down) / (2 * h);
                sum += keep * g;
                sumOfSquares += keep * g * g;
            }
        }
        return Math.sqrt(Math.max(0, sumOfSquares - sum * sum) / pairs.size());
    }

    /** Cohen: (po - pe)/(1 - pe), pe = sum of row share x column share. */
    static double kappa(double[][] p) {
        int k = p.length;
        double po = 0;
        double pe = 0;
        for (int i = 0; i < k; i++) {
            po += p[i][i];
            pe += row(p, i) * column(p, i);
        }
        return (po - pe) / (1 - pe);
    }

    /** Gwet: (pa - pe)/(1 - pe), pe = sum pi(1 - pi)/(q - 1), pi the mean of row and column shares. */
    static double ac1(double[][] p) {
        int q = p.length;
        double pa = 0;
        double pe = 0;
        for (int i = 0; i < q; i++) {
            pa += p[i][i];
            double pi = (row(p, i) + column(p, i)) / 2;
            pe += pi * (1 - pi) / (q - 1);
        }
        return (pa - pe) / (1 - pe);
    }

    private static double row(double[][] p, int i) {
        double sum = 0;
        for (double cell : p[i]) {
            sum += cell;
        }
        return sum;
    }

    private static double column(double[][] p, int j) {
        double sum = 0;
        for (double[] cells : p) {
            sum += cells[j];
        }
        return sum;
    }
}
