package dev.ipwire.nlp.enrichment;

import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Shows the {@link NlpVersion} this instance stamps on its enrichments at {@code GET
 * /actuator/info} as {@code {"nlp": {"version": "…"}}}: {@code ./ipwire reenrich} asks it which
 * enrichments are stale.
 */
@Component
class NlpVersionInfo implements InfoContributor {

    private final NlpVersion version;

    NlpVersionInfo(NlpVersion version) {
        this.version = version;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("nlp", Map.of("version", version.value()));
    }
}
