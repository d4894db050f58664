package dev.ipwire.nlp.enrichment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;

class NlpVersionInfoTest {

    @Test
    void theInfoEndpointShowsTheVersionStampedOnEnrichments() {
        NlpVersion version = new NlpVersion();
        Info.Builder builder = new Info.Builder();

        new NlpVersionInfo(version).contribute(builder);

        assertThat(builder.build().getDetails())
                .containsEntry("nlp", Map.of("version", version.value()));
        assertThat(version.value()).startsWith("nlp-");
    }
}
