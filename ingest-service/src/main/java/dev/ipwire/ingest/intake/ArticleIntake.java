package dev.ipwire.ingest.intake;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.Parts;
import dev.ipwire.contracts.Source;
import dev.ipwire.ingest.identity.ArticleIdentity;
import dev.ipwire.ingest.identity.RevisionClock;
import dev.ipwire.ingest.parsing.DocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.PublishedDates;
import dev.ipwire.ingest.parsing.RawDocument;
import dev.ipwire.ingest.parsing.UnparseableDocumentException;
import dev.ipwire.ingest.publishing.ArticlePublisher;
import dev.ipwire.ingest.registry.ArticleRegistry;
import dev.ipwire.ingest.tracing.TraceIds;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;

/**
 * Accepts a submission: parse (splitting compilations into their articles), identify, mark
 * near-duplicates, publish, and answer only once Kafka has every article.
 */
@Service
public class ArticleIntake {

    private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);

    private final DocumentParser parser;
    private final RevisionClock revisions;
    private final ArticlePublisher publisher;
    private final ArticleRegistry registry;
    private final Clock clock;

    public ArticleIntake(
            DocumentParser parser,
            RevisionClock revisions,
            ArticlePublisher publisher,
            ArticleRegistry registry) {
        this.parser = parser;
        this.revisions = revisions;
        this.publisher = publisher;
        this.registry = registry;
        this.clock = Clock.systemUTC();
    }

    /**
     * Parses and publishes the article (or the articles of a compilation) in a submission.
     *
     * @throws InvalidSubmissionException when the content is empty or holds no article
     */
    public IntakeResult accept(Submission submission) {
        String content = submission.content();
        if (content == null || content.isBlank()) {
            throw new InvalidSubmissionException(
                    "content is empty: send the article's text (or HTML/Markdown) in \"content\"");
        }
        String requestedDate = requestedDate(submission);
        List<ParsedDocument> documents;
        try {
            documents =
                    parser.parseArticles(
                            new RawDocument(
                                    content,
                                    blankToNull(submission.format()),
                                    submission.fileName()));
        } catch (UnparseableDocumentException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
        if (documents.size() == 1) {
            return new IntakeResult(
                    null, List.of(publish(submission, documents.getFirst(), requestedDate, null)));
        }
        String parentId =
                ArticleIdentity.id(null, null, documents.getFirst().title(), List.of(content));
        List<AcceptedArticle> parts = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Parts position = new Parts(parentId, i + 1, documents.size());
            parts.add(publish(submission, documents.get(i), requestedDate, position));
        }
        log.info("compilation {} split into {} articles", parentId, parts.size());
        return new IntakeResult(parentId, parts);
    }

    private AcceptedArticle publish(
            Submission submission, ParsedDocument parsed, String requestedDate, Parts parts) {
        String sourceName = firstNonBlank(submission.source(), parsed.source());
        String publishedAt = requestedDate != null ? requestedDate : parsed.publishedAt();
        // A part of a compilation is its own article: the client's external id names the whole.
        String externalId = parts == null ? blankToNull(submission.externalId()) : null;
        String id = ArticleIdentity.id(sourceName, externalId, parsed.title(), parsed.paragraphs());
        String duplicateOf =
                registry.nearDuplicateOf(id, parsed.title(), parsed.paragraphs()).orElse(null);
        ArticleReceived article =
                new ArticleReceived(
                        ArticleReceived.SCHEMA_VERSION,
                        id,
                        revisions.next(id),
                        Instant.now(clock),
                        source(
                                sourceName,
                                blankToNull(submission.url()),
                                blankToNull(submission.feed())),
                        externalId,
                        parsed.format(),
                        parsed.title(),
                        publishedAt,
                        parsed.author(),
                        parsed.language(),
                        parsed.paragraphs(),
                        ArticleIdentity.contentHash(parsed.title(), parsed.paragraphs()),
                        duplicateOf,
                        parsed.tags(),
                        parts);
        // Every log line about this article, and the record's trace header, name it.
        try (var ignored = MDC.putCloseable(TraceIds.MDC_ARTICLE, id)) {
            publisher.publish(article);
            registry.remember(article);
            log.info(
                    "accepted article {} revision {} ({}, {} paragraphs{}): {}",
                    article.id(),
                    article.revision(),
                    article.format(),
                    article.paragraphs().size(),
                    duplicateOf == null ? "" : ", near-duplicate of " + duplicateOf,
                    article.title());
        }
        return new AcceptedArticle(article.id(), article.revision(), article.title(), duplicateOf);
    }

    private static String requestedDate(Submission submission) {
        if (submission.publishedAt() == null || submission.publishedAt().isBlank()) {
            return null;
        }
        return PublishedDates.normalize(submission.publishedAt())
                .orElseThrow(
                        () ->
                                new InvalidSubmissionException(
                                        "publishedAt \""
                                                + submission.publishedAt()
                                                + "\" is not a date: use ISO-8601, e.g. 2024-08-19"
                                                + " or 2024-08-19T10:00:00+08:00"));
    }

    /** The source, or null when nothing at all is known about it. */
    private static Source source(String name, String url, String feed) {
        return name == null && url == null && feed == null ? null : new Source(name, url, feed);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonBlank(String first, String second) {
        String value = blankToNull(first);
        return value != null ? value : blankToNull(second);
    }
}
