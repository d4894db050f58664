package dev.ipwire.nlp.figures;

import dev.ipwire.contracts.Amount;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Money figures written with a Chinese unit ({@code 60.18亿元}, {@code 3000万元}, {@code 1.2万亿元}),
 * converted to yuan and marked {@code financing} when their sentence is about financing.
 */
@Component
public class AmountExtractor {

    private static final String NUMBER = "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)";
    private static final String UNIT = "(万亿|千亿|百亿|亿|千万|百万|万|千)?";

    /** One figure, or a range whose first end leaves out the shared unit: 3至5万元, 1000万—3000万元. */
    private static final Pattern AMOUNT =
            Pattern.compile(
                    "(?:"
                            + NUMBER
                            + "\\s*"
                            + UNIT
                            + "\\s*(?:至|到|—|－|-|~|～)\\s*)?"
                            + NUMBER
                            + "\\s*"
                            + UNIT
                            + "\\s*(?:人民币)?元");

    private static final List<String> FINANCING_CONTEXT =
            List.of("质押", "融资", "贷款", "授信", "证券化", "保险", "放款", "信贷", "担保", "发行", "投资", "基金");

    /**
     * Every money figure of the article once: a figure the deck and the body both give is one
     * figure. The ends of a range are two figures.
     */
    public List<Amount> extract(AnalyzedArticle article) {
        Map<String, Amount> amounts = new LinkedHashMap<>();
        for (Sentence sentence : article.body()) {
            String text = sentence.simplified();
            if (text.indexOf('元') < 0) {
                continue; // most sentences name no money: skip the pattern
            }
            Matcher matcher = AMOUNT.matcher(text);
            boolean financing = FINANCING_CONTEXT.stream().anyMatch(text::contains);
            String about = financing ? Amount.FINANCING : Amount.OTHER;
            while (matcher.find()) {
                String upperUnit = matcher.group(4);
                if (matcher.group(1) != null) {
                    // The low end borrows the high end's unit when it has none: 3至5万元 is 3万元.
                    String lowUnit = matcher.group(2) != null ? matcher.group(2) : upperUnit;
                    BigDecimal low = yuan(matcher.group(1), lowUnit);
                    String lowText =
                            sentence.text().originalAt(matcher.start(1), matcher.end(1))
                                    + (lowUnit == null ? "" : lowUnit)
                                    + "元";
                    amounts.putIfAbsent(low.toPlainString(), new Amount(lowText, low, about));
                }
                BigDecimal high = yuan(matcher.group(3), upperUnit);
                String highText = sentence.text().originalAt(matcher.start(3), matcher.end());
                amounts.putIfAbsent(high.toPlainString(), new Amount(highText, high, about));
            }
        }
        return List.copyOf(amounts.values());
    }

    private static BigDecimal yuan(String number, String unit) {
        return plain(new BigDecimal(number.replace(",", "")).multiply(multiplier(unit)));
    }

    /** Without trailing zeros but never in exponent form: 3000万元 is 30000000, not 3E+7. */
    private static BigDecimal plain(BigDecimal yuan) {
        BigDecimal stripped = yuan.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static BigDecimal multiplier(String unit) {
        if (unit == null) {
            return BigDecimal.ONE;
        }
        return switch (unit) {
            case "千" -> BigDecimal.valueOf(1_000L);
            case "万" -> BigDecimal.valueOf(10_000L);
            case "百万" -> BigDecimal.valueOf(1_000_000L);
            case "千万" -> BigDecimal.valueOf(10_000_000L);
            case "亿" -> BigDecimal.valueOf(100_000_000L);
            case "百亿" -> BigDecimal.valueOf(10_000_000_000L);
            case "千亿" -> BigDecimal.valueOf(100_000_000_000L);
            case "万亿" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
