package dev.ipwire.ingest.intake;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.contracts.Source;
import dev.ipwire.ingest.identity.ArticleIdentity;
import dev.ipwire.ingest.identity.RevisionClock;
import dev.ipwire.ingest.parsing.DocumentParser;
import dev.ipwire.ingest.parsing.ParsedDocument;
import dev.ipwire.ingest.parsing.PublishedDates;
import dev.ipwire.ingest.parsing.RawDocument;
import dev.ipwire.ingest.parsing.UnparseableDocumentException;
import dev.ipwire.ingest.publishing.ArticlePublisher;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Accepts a submission: parse, identify, publish, and answer only once Kafka has it. */
@Service
public class ArticleIntake {

    private static final Logger log = LoggerFactory.getLogger(ArticleIntake.class);

    private final DocumentParser parser;
    private final RevisionClock revisions;
    private final ArticlePublisher publisher;
    private final Clock clock;

    public ArticleIntake(
            DocumentParser parser, RevisionClock revisions, ArticlePublisher publisher) {
        this.parser = parser;
        this.revisions = revisions;
        this.publisher = publisher;
        this.clock = Clock.systemUTC();
    }

    /**
     * Parses and publishes one article.
     *
     * @throws InvalidSubmissionException when the content is empty or holds no article
     */
    public AcceptedArticle accept(Submission submission) {
        String content = submission.content();
        if (content == null || content.isBlank()) {
            throw new InvalidSubmissionException(
                    "content is empty: send the article's text (or HTML/Markdown) in \"content\"");
        }
        ParsedDocument parsed;
        try {
            parsed =
                    parser.parse(
                            new RawDocument(
                                    content,
                                    blankToNull(submission.format()),
                                    submission.fileName()));
        } catch (UnparseableDocumentException e) {
            throw new InvalidSubmissionException(e.getMessage());
        }
        String sourceName = firstNonBlank(submission.source(), parsed.source());
        String publishedAt = parsed.publishedAt();
        if (submission.publishedAt() != null && !submission.publishedAt().isBlank()) {
            publishedAt =
                    PublishedDates.normalize(submission.publishedAt())
                            .orElseThrow(
                                    () ->
                                            new InvalidSubmissionException(
                                                    "publishedAt \""
                                                            + submission.publishedAt()
                                                            + "\" is not a date: use ISO-8601, e.g."
                                                            + " 2024-08-19 or"
                                                            + " 2024-08-19T10:00:00+08:00"));
        }
        String id =
                ArticleIdentity.id(
                        sourceName, submission.externalId(), parsed.title(), parsed.paragraphs());
        ArticleReceived article =
                new ArticleReceived(
                        ArticleReceived.SCHEMA_VERSION,
                        id,
                        revisions.next(id),
                        Instant.now(clock),
                        source(sourceName, blankToNull(submission.url())),
                        blankToNull(submission.externalId()),
                        parsed.format(),
                        parsed.title(),
                        publishedAt,
                        parsed.author(),
                        parsed.language(),
                        parsed.paragraphs(),
                        ArticleIdentity.contentHash(parsed.title(), parsed.paragraphs()),
                        null,
                        parsed.tags(),
                        null);
        publisher.publish(article);
        log.info(
                "accepted article {} revision {} ({}, {} paragraphs): {}",
                article.id(),
                article.revision(),
                article.format(),
                article.paragraphs().size(),
                article.title());
        return new AcceptedArticle(
                article.id(), article.revision(), article.title(), article.nearDuplicateOf());
    }

    /** The source, or null when nothing at all is known about it. */
    private static Source source(String name, String url) {
        return name == null && url == null ? null : new Source(name, url, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String firstNonBlank(String first, String second) {
        String value = blankToNull(first);
        return value != null ? value : blankToNull(second);
    }
}
