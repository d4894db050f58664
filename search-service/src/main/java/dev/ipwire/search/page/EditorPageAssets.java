package dev.ipwire.search.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The page's own scripts and styles under {@code /assets/**}. Boot's catch-all static mapping is
 * off ({@code spring.web.resources.add-mappings=false}), so static files can never shadow or answer
 * for an API path. Assets are revalidated on every load, so a new build shows at once.
 */
@Configuration(proxyBeanMethods = false)
class EditorPageAssets implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/ipwire/page/assets/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(LOCATION)
                .setCacheControl(CacheControl.noCache());
    }
}
