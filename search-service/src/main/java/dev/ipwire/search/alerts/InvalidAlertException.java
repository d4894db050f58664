package dev.ipwire.search.alerts;

import java.util.List;

/** A request to create an alert that cannot be accepted; each error says what to fix. */
public class InvalidAlertException extends RuntimeException {

    private final List<String> errors;

    public InvalidAlertException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
