package dev.ipwire.nlp.entities;

import dev.ipwire.contracts.Entities;
import dev.ipwire.contracts.Entity;
import dev.ipwire.nlp.analysis.AnalyzedArticle;
import dev.ipwire.nlp.analysis.Sentence;
import dev.ipwire.nlp.analysis.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** Persons, places and organizations from HanLP's role tags, counted per surface form. */
@Component
public class EntityExtractor {

    public Entities extract(AnalyzedArticle article) {
        return new Entities(
                collect(article, t -> t.isPerson() && plausiblePerson(t.text())),
                collect(article, t -> t.isPlace() && t.text().length() >= 2),
                collect(article, t -> t.isOrganization() && t.text().length() >= 4));
    }

    static boolean plausiblePerson(String name) {
        int length = name.codePointCount(0, name.length());
        return name.contains("·") ? length >= 3 && length <= 16 : length >= 2 && length <= 4;
    }

    private static List<Entity> collect(AnalyzedArticle article, Predicate<Token> kind) {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (Sentence sentence : article.sentences()) {
            for (Token token : sentence.tokens()) {
                if (kind.test(token)) {
                    String asWritten = sentence.text().originalAt(token.start(), token.end());
                    normalized.putIfAbsent(asWritten, token.text());
                    mentions.merge(asWritten, 1, Integer::sum);
                }
            }
        }
        List<Entity> entities = new ArrayList<>();
        mentions.forEach(
                (text, count) -> entities.add(new Entity(text, normalized.get(text), count)));
        return entities;
    }
}
