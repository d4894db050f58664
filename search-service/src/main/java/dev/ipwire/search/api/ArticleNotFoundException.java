package dev.ipwire.search.api;

/** No article with this id has been indexed (yet). */
class ArticleNotFoundException extends RuntimeException {

    ArticleNotFoundException(String id) {
        super(
                "No article with id "
                        + id
                        + " is indexed. If it was just accepted, it may still be on its way"
                        + " (check GET /api/v1/articles/"
                        + id
                        + "/status on the ingest service).");
    }
}
