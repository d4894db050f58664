package dev.ipwire.search.indexing;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the index at start-up. When Elasticsearch is not reachable yet the service still starts
 * (readiness reports it) and the index is created on first use.
 */
@Component
class IndexBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexBootstrap.class);

    private final ArticleIndex index;

    IndexBootstrap(ArticleIndex index) {
        this.index = index;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            index.ensureReady();
        } catch (IOException | RuntimeException e) {
            log.warn(
                    "could not prepare the articles index yet ({}); will retry on first use",
                    e.getMessage());
        }
    }
}
