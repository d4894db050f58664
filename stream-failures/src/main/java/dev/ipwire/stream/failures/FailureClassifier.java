package dev.ipwire.stream.failures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.integration.MessageTimeoutException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sorts a failure of the stream into a {@link FailureKind} by looking through its whole cause chain
 * (the binder wraps what the function threw several times).
 */
public final class FailureClassifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FailureClassifier() {}

    /** The kind of {@code failure}: malformed wins over transient, anything else is unexpected. */
    public static FailureKind kind(Throwable failure) {
        List<Throwable> chain = chain(failure);
        if (chain.stream().anyMatch(FailureClassifier::isMalformed)) {
            return FailureKind.MALFORMED;
        }
        if (chain.stream().anyMatch(FailureClassifier::isTransient)) {
            return FailureKind.TRANSIENT;
        }
        return FailureKind.UNEXPECTED;
    }

    /**
     * The exception that explains the failure best, for logs and the dead-letter headers: the
     * deepest one that made it malformed, else the deepest transient one, else the root cause.
     */
    public static Throwable reason(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain.reversed()) {
            if (isMalformed(t)) {
                return t;
            }
        }
        for (Throwable t : chain.reversed()) {
            if (isTransient(t)) {
                return t;
            }
        }
        return chain.getLast();
    }

    /** "ExceptionClass: message", short enough for a log line or a header. */
    public static String describe(Throwable failure) {
        return describeReason(reason(failure));
    }

    /** Like {@link #describe(Throwable)} for a reason already found. */
    public static String describeReason(Throwable reason) {
        String message = reason.getMessage();
        if (message != null && message.length() > 500) {
            message = message.substring(0, 500) + "…";
        }
        return reason.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /**
     * Like {@link #reason(Throwable)}, saying what is wrong with the record's value when the binder
     * could not convert it: Spring Cloud Function then hands the raw bytes to the function, which
     * fails with a {@link ClassCastException} that says nothing useful to an operator.
     */
    public static Throwable reason(ConsumerRecord<?, ?> record, Throwable failure) {
        Throwable reason = reason(failure);
        if (reason instanceof ClassCastException && record.value() instanceof byte[] value) {
            try {
                JSON.readTree(value);
                return new MalformedRecordException(
                        "the value is JSON but not the event this stage reads ("
                                + reason.getMessage()
                                + ")",
                        reason);
            } catch (JacksonException notJson) {
                return new MalformedRecordException(
                        "the value is not valid JSON: " + notJson.getOriginalMessage(), reason);
            }
        }
        return reason;
    }

    private static boolean isMalformed(Throwable t) {
        // A ClassCastException is what a value that could not be converted to the function's
        // input type becomes (Spring Kafka also treats it as fatal by default).
        return t instanceof MalformedRecordException
                || t instanceof ClassCastException
                || t instanceof JacksonException
                || t instanceof MessageConversionException
                || t instanceof DeserializationException;
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof TransientFailureException
                || t instanceof IOException
                || t instanceof UncheckedIOException
                || t instanceof TimeoutException
                || t instanceof MessageTimeoutException
                || t instanceof RetriableException;
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
