package dev.ipwire.nlp.keywords;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class KeywordsConfiguration {

    @Bean
    BackgroundCorpus backgroundCorpus() {
        return BackgroundCorpus.load(BackgroundCorpus.DEFAULT);
    }
}
