package dev.ipwire.nlp.figures;

import dev.ipwire.contracts.Amount;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Money figures written with a Chinese unit ({@code 60.18亿元}, {@code 3000万元}, {@code 1.2万亿元}),
 * converted to yuan and marked {@code financing} when their sentence is about financing.
 */
@Component
public class AmountExtractor {

    private static final Pattern AMOUNT =
            Pattern.compile(
                    "(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(万亿|千亿|百亿|亿|千万|百万|万|千)?\\s*(?:人民币)?元");

    private static final List<String> FINANCING_CONTEXT =
            List.of("质押", "融资", "贷款", "授信", "证券化", "保险", "放款", "信贷", "担保", "发行", "投资", "基金");

    public List<Amount> extract(AnalyzedArticle article) {
        List<Amount> amounts = new ArrayList<>();
        for (Sentence sentence : article.body()) {
            Matcher matcher = AMOUNT.matcher(sentence.simplified());
            boolean financing =
                    FINANCING_CONTEXT.stream().anyMatch(sentence.simplified()::contains);
            while (matcher.find()) {
                BigDecimal number = new BigDecimal(matcher.group(1).replace(",", ""));
                BigDecimal yuan = plain(number.multiply(multiplier(matcher.group(2))));
                String text = sentence.text().originalAt(matcher.start(), matcher.end());
                amounts.add(new Amount(text, yuan, financing ? Amount.FINANCING : Amount.OTHER));
            }
        }
        return amounts;
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
