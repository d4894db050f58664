package dev.ipwire.search.api;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads {@link FilterParameters} straight from the query string. Spring's default binding of a
 * record constructs it through reflection on every request (parameter names, generic signatures);
 * under search load that was a fifth of search-service's CPU (JFR, docs/BENCHMARKS.md), for eight
 * strings. A parameter given more than once arrives comma-joined, as the binder gave it.
 */
@Configuration(proxyBeanMethods = false)
class FilterParametersResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == FilterParameters.class;
    }

    @Override
    public FilterParameters resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return read(request);
    }

    static FilterParameters read(NativeWebRequest request) {
        return new FilterParameters(
                value(request, "q"),
                value(request, "topic"),
                value(request, "person"),
                value(request, "place"),
                value(request, "organization"),
                value(request, "region"),
                value(request, "source"),
                value(request, "from"),
                value(request, "to"));
    }

    private static String value(NativeWebRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        return values.length == 1 ? values[0] : String.join(",", values);
    }
}
