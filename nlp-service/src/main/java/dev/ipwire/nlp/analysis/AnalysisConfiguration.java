package dev.ipwire.nlp.analysis;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    @Bean
    DomainLexicon domainTerms() {
        return DomainLexicon.load(DomainLexicon.DOMAIN_TERMS);
    }
}
