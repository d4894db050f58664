package dev.ipwire.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;

/**
 * A money figure found in an article.
 *
 * @param text the figure as written, e.g. 60.18亿元
 * @param yuan its value in yuan
 * @param about {@link #FINANCING} when said in a financing context, else {@link #OTHER}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Amount(String text, BigDecimal yuan, String about) {

    public static final String FINANCING = "financing";
    public static final String OTHER = "other";
}
