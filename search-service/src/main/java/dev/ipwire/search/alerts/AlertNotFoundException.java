package dev.ipwire.search.alerts;

/** No alert with this id exists (any more). */
public class AlertNotFoundException extends RuntimeException {

    public AlertNotFoundException(String id) {
        super(
                "No alert with id "
                        + id
                        + " exists; it may have been deleted. GET /api/v1/alerts lists the"
                        + " alerts there are.");
    }
}
