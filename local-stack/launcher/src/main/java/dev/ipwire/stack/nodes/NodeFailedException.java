package dev.ipwire.stack.nodes;

/** A node did not start or did not become ready; the message says why and shows its log. */
public class NodeFailedException extends Exception {

    public NodeFailedException(String message) {
        super(message);
    }

    public NodeFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
