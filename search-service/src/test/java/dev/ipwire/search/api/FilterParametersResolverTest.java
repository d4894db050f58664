package dev.ipwire.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class FilterParametersResolverTest {

    @Test
    void everyFilterIsReadFromTheQueryStringByItsName() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        for (RecordComponent component : FilterParameters.class.getRecordComponents()) {
            request.addParameter(component.getName(), "value of " + component.getName());
        }
        FilterParameters read = FilterParametersResolver.read(new ServletWebRequest(request));
        for (RecordComponent component : FilterParameters.class.getRecordComponents()) {
            assertThat(value(read, component)).isEqualTo("value of " + component.getName());
        }
    }

    @Test
    void absentParametersAreNullAndEmptyOnesStayEmpty() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("q", "");
        FilterParameters read = FilterParametersResolver.read(new ServletWebRequest(request));
        assertThat(read.q()).isEmpty();
        assertThat(Arrays.stream(FilterParameters.class.getRecordComponents()).skip(1))
                .allSatisfy(component -> assertThat(value(read, component)).isNull());
    }

    @Test
    void aParameterGivenTwiceArrivesCommaJoinedSoTheChecksRefuseIt() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("topic", "protection", "financing");
        assertThat(FilterParametersResolver.read(new ServletWebRequest(request)).topic())
                .isEqualTo("protection,financing");
    }

    private static Object value(FilterParameters parameters, RecordComponent component) {
        try {
            return component.getAccessor().invoke(parameters);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
