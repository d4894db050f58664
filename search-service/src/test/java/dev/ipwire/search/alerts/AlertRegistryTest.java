package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory copy of the alerts, with the index replaced by a mock. */
class AlertRegistryTest {

    private final AlertStore store = mock(AlertStore.class);
    private final AlertRegistry registry = new AlertRegistry(store);

    private static Alert alert(String id) {
        return new Alert(
                id,
                null,
                "商标",
                AlertFilters.NONE,
                "https://example.org/hook",
                "secret-0123456789abcdef",
                Instant.now());
    }

    @Test
    void beforeTheFirstReadThereMayBeAlertsAndTheFirstUseReadsThem() throws Exception {
        when(store.all()).thenReturn(List.of(alert("a-1")));

        assertThat(registry.mayHaveAlerts()).isTrue();
        assertThat(registry.current()).extracting(Alert::id).containsExactly("a-1");
        registry.current();

        verify(store, times(1)).all();
    }

    @Test
    void noAlertsKnownMeansNothingToDoUntilOneIsAdded() throws Exception {
        when(store.all()).thenReturn(List.of());
        registry.reload();

        assertThat(registry.mayHaveAlerts()).isFalse();
        registry.added(alert("a-1"));
        assertThat(registry.mayHaveAlerts()).isTrue();
        assertThat(registry.find("a-1")).isPresent();
        registry.removed("a-1");
        assertThat(registry.mayHaveAlerts()).isFalse();
        assertThat(registry.find("a-1")).isEmpty();
    }

    @Test
    void alertsNeverReadCannotBeMatchedAgainst() throws Exception {
        when(store.all()).thenThrow(new IOException("Connection refused"));

        assertThatThrownBy(registry::current).isInstanceOf(IOException.class);
        registry.reloadQuietly();
        assertThat(registry.mayHaveAlerts()).isTrue();
    }

    @Test
    void aFailedReloadKeepsTheAlertsKnown() throws Exception {
        when(store.all()).thenReturn(List.of(alert("a-1"))).thenThrow(new IOException("down"));
        registry.reload();

        registry.reloadQuietly();

        assertThat(registry.current()).extracting(Alert::id).containsExactly("a-1");
    }
}
