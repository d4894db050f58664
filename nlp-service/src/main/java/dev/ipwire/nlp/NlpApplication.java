package dev.ipwire.nlp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * nlp-service: enriches every article on {@code articles.raw} and writes it to {@code
 * articles.enriched}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NlpApplication {

    public static void main(String[] args) {
        SpringApplication.run(NlpApplication.class, args);
    }
}
