package dev.ipwire.ingest.api;

import dev.ipwire.ingest.intake.AcceptedArticle;
import dev.ipwire.ingest.intake.IntakeResult;
import java.util.List;

/**
 * Answer to an accepted article ({@code 202 Accepted}).
 *
 * @param id article id
 * @param revision revision of this submission
 * @param title the title ingest found
 * @param duplicateOf id of the earlier article this one republishes, or null
 */
public record ArticleResponse(String id, long revision, String title, String duplicateOf) {

    /**
     * Answer to a compilation split into several articles.
     *
     * @param id id of the compilation as a whole
     * @param parts the articles it was split into, in order
     */
    public record CompilationResponse(String id, List<ArticleResponse> parts) {}

    static ArticleResponse of(AcceptedArticle accepted) {
        return new ArticleResponse(
                accepted.id(), accepted.revision(), accepted.title(), accepted.duplicateOf());
    }

    /** The JSON body for a result: one article, or the parts of a compilation. */
    static Object body(IntakeResult result) {
        if (!result.isCompilation()) {
            return of(result.articles().getFirst());
        }
        return new CompilationResponse(
                result.parentId(), result.articles().stream().map(ArticleResponse::of).toList());
    }
}
