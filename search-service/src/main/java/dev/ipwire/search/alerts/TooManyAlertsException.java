package dev.ipwire.search.alerts;

/** Creating one more alert would pass {@code ipwire.alerts.max-alerts}. */
public class TooManyAlertsException extends RuntimeException {

    public TooManyAlertsException(int max) {
        super(
                "There are already "
                        + max
                        + " alerts, the most this service keeps; delete alerts that are no longer"
                        + " needed (DELETE /api/v1/alerts/{id}) before creating more.");
    }
}
