package io.github.anjian.catalog;

/** How much a requirement weighs in the rating (SPEC §4: high 1.0, medium 0.5, low 0.2). */
public enum Severity {
    /** High: weight 1.0 (MLPS 关键). */
    HIGH(1.0),
    /** Medium: weight 0.5 (MLPS 重要). */
    MEDIUM(0.5),
    /** Low: weight 0.2 (MLPS 一般). */
    LOW(0.2);

    private final double weight;

    Severity(double weight) {
        this.weight = weight;
    }

    /** The rating weight. */
    public double weight() {
        return weight;
    }

    /** True when this severity is at least {@code other} (HIGH &gt; MEDIUM &gt; LOW). */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
