package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The failure policy: which failed attempts are worth another one. */
class DeliveryFailureTest {

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 599, 408, 425, 429})
    void serverErrorsTimeoutsAndThrottlingAreRetried(int status) {
        assertThat(DeliveryFailure.answered(status, "", true).retryable()).isTrue();
        assertThat(DeliveryFailure.answered(status, "", false).retryable()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 410, 413, 422, 301, 302, 307})
    void rejectionsAndRedirectsAreGivenUpOnUnlessConfiguredOtherwise(int status) {
        assertThat(DeliveryFailure.answered(status, "", true).retryable()).isFalse();
        assertThat(DeliveryFailure.answered(status, "", false).retryable()).isTrue();
    }

    @Test
    void noAnswerIsRetried() {
        assertThat(DeliveryFailure.noAnswer(new ConnectException("Connection refused")).retryable())
                .isTrue();
        assertThat(
                        DeliveryFailure.noAnswer(new HttpTimeoutException("request timed out"))
                                .retryable())
                .isTrue();
    }

    @Test
    void theMessageSaysWhatTheWebhookAnswered() {
        DeliveryFailure failure = DeliveryFailure.answered(503, "maintenance until 10:00", true);

        assertThat(failure.getMessage())
                .isEqualTo("the webhook answered HTTP 503: maintenance until 10:00");
        assertThat(failure.httpStatus()).isEqualTo(503);
        assertThat(failure.alertDeleted()).isFalse();
        assertThat(
                        DeliveryFailure.noAnswer(new ConnectException("Connection refused"))
                                .getMessage())
                .isEqualTo("no answer from the webhook: Connection refused");
    }

    @Test
    void aDeletedAlertStopsTheDeliveryWithoutRetrying() {
        DeliveryFailure failure = DeliveryFailure.alertDeleted("a-1");

        assertThat(failure.retryable()).isFalse();
        assertThat(failure.alertDeleted()).isTrue();
        assertThat(failure.httpStatus()).isNull();
    }
}
