package dev.ipwire.ingest.api;

import dev.ipwire.ingest.intake.AcceptedArticle;

/**
 * Answer to an accepted article ({@code 202 Accepted}).
 *
 * @param id article id
 * @param revision revision of this submission
 * @param title the title ingest found
 * @param duplicateOf id of the earlier article this one republishes, or null
 */
public record ArticleResponse(String id, long revision, String title, String duplicateOf) {

    static ArticleResponse of(AcceptedArticle accepted) {
        return new ArticleResponse(
                accepted.id(), accepted.revision(), accepted.title(), accepted.duplicateOf());
    }
}
