package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A topic label with the evidence that carried it.
 *
 * @param name one of {@link #PROTECTION}, {@link #FINANCING}, {@link #GEOGRAPHIC_INDICATION}
 * @param score confidence 0..1
 * @param evidence the terms or sentences that support the label
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Topic(String name, double score, List<String> evidence) {

    /** Enforcing or protecting IP rights. */
    public static final String PROTECTION = "protection";

    /** Turning IP into capital: pledges, securitization, insurance, loans. */
    public static final String FINANCING = "financing";

    /** Geographic indications and GI products. */
    public static final String GEOGRAPHIC_INDICATION = "geographic_indication";

    /** Every topic name, in a stable order. */
    public static final List<String> NAMES = List.of(PROTECTION, FINANCING, GEOGRAPHIC_INDICATION);

    public Topic {
        evidence = Lists.orEmpty(evidence);
    }
}
