package org.yjinspect.sampling.domain;

/** One value of one stratification variable, such as gender = female: a margin of the table. */
public record Margin(StratificationVariable variable, Enum<?> value) {
    public boolean contains(Stratum stratum) {
        return variable.valueOf(stratum).equals(value);
    }

    @Override
    public String toString() {
        return variable.label() + " = " + StratificationVariable.labelOf(value);
    }
}
