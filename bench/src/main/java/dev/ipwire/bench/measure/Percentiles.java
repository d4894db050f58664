package dev.ipwire.bench.measure;

import java.util.Arrays;
import java.util.List;

/** Order statistics of measured values (nearest-rank, the way latency reports usually count). */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    public static Percentiles of(List<? extends Number> values) {
        double[] array = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(array);
        return new Percentiles(array);
    }

    public static Percentiles of(double... values) {
        double[] array = values.clone();
        Arrays.sort(array);
        return new Percentiles(array);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * The smallest value with at least {@code percent} % of the values at or below it; NaN when
     * there are none.
     */
    public double at(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
        }
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The middle value (the mean of the two middle ones for an even count); NaN when empty. */
    public double median() {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }
}
