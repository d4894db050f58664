package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Validation of {@code POST /api/v1/alerts} bodies: what is accepted, and what each error says. */
class AlertRequestsTest {

    private static final String HOOK = "\"webhook\": \"https://example.org/hook\"";

    private final AlertRequests requests =
            new AlertRequests(JsonMapper.builder().build(), 1000, WebhookTargets.allowingAll());

    private NewAlert read(String json) {
        return requests.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> errorsOf(String json) {
        InvalidAlertException e =
                catchThrowableOfType(InvalidAlertException.class, () -> read(json));
        assertThat(e).as("%s should be refused", json).isNotNull();
        assertThat(e.getMessage()).isEqualTo(String.join("; ", e.errors()));
        return e.errors();
    }

    @Test
    void aQueryAndAWebhookAreEnough() {
        NewAlert alert = read("{\"q\": \"地理标志 -广告\", " + HOOK + "}");

        assertThat(alert.q()).isEqualTo("地理标志 -广告");
        assertThat(alert.filters()).isEqualTo(AlertFilters.NONE);
        assertThat(alert.webhook()).isEqualTo("https://example.org/hook");
        assertThat(alert.secret()).as("to be generated").isNull();
        assertThat(alert.name()).isNull();
    }

    @Test
    void everyFieldIsReadAndTrimmed() {
        NewAlert alert =
                read(
                        """
                        {"name": " 茶叶地标 ", "q": " 云雾茶 ", "secret": "0123456789abcdef-secret",
                         "webhook": " http://127.0.0.1:8099/hooks/ipwire?team=gi ",
                         "filters": {"topic": "geographic_indication", "region": "浙江省",
                           "person": "林志远", "place": "山城县", "organization": "山城县人民政府",
                           "source": "山城晚报", "from": "2024-01-01", "to": " 2024-12-31 "}}
                        """);

        assertThat(alert.name()).isEqualTo("茶叶地标");
        assertThat(alert.q()).isEqualTo("云雾茶");
        assertThat(alert.secret()).isEqualTo("0123456789abcdef-secret");
        assertThat(alert.webhook()).isEqualTo("http://127.0.0.1:8099/hooks/ipwire?team=gi");
        assertThat(alert.filters())
                .isEqualTo(
                        new AlertFilters(
                                "geographic_indication",
                                "浙江省",
                                "林志远",
                                "山城县",
                                "山城县人民政府",
                                "山城晚报",
                                LocalDate.parse("2024-01-01"),
                                LocalDate.parse("2024-12-31")));
    }

    @Test
    void filtersAloneAreEnough() {
        NewAlert alert = read("{\"filters\": {\"topic\": \"financing\"}, " + HOOK + "}");

        assertThat(alert.q()).isNull();
        assertThat(alert.filters().topic()).isEqualTo("financing");
    }

    @Test
    void blankAndNullValuesCountAsNotGiven() {
        NewAlert alert =
                read(
                        "{\"q\": \"商标\", \"name\": \" \", \"secret\": null, \"filters\":"
                                + " {\"region\": \"\", \"to\": null}, "
                                + HOOK
                                + "}");

        assertThat(alert.name()).isNull();
        assertThat(alert.secret()).isNull();
        assertThat(alert.filters()).isEqualTo(AlertFilters.NONE);
    }

    @Test
    void neitherQueryNorFilterIsRefusedNamingBoth() {
        assertThat(errorsOf("{" + HOOK + "}"))
                .singleElement()
                .asString()
                .contains("give q", "at least one filter", "topic, region");
        assertThat(errorsOf("{\"q\": \"  \", \"filters\": {}, " + HOOK + "}")).hasSize(1);
    }

    @Test
    void aQueryOfOnlyExclusionsNeedsSomethingToLookFor() {
        assertThat(errorsOf("{\"q\": \"-广告 -直播\", " + HOOK + "}"))
                .containsExactly(
                        "q \"-广告 -直播\" has nothing to look for, only exclusions; add a word or"
                                + " phrase, or a filter");
        // with a filter, exclusions alone are fine: the filter says what to look for
        assertThat(
                        read("{\"q\": \"-广告\", \"filters\": {\"topic\": \"protection\"}, "
                                        + HOOK
                                        + "}")
                                .q())
                .isEqualTo("-广告");
    }

    @Test
    void theQueryHasTheSearchApisLengthLimit() {
        String longest = "专".repeat(1000);
        assertThat(read("{\"q\": \"" + longest + "\", " + HOOK + "}").q()).hasSize(1000);

        assertThat(errorsOf("{\"q\": \"" + longest + "利\", " + HOOK + "}"))
                .containsExactly("q is 1001 characters long; at most 1000 are allowed");
    }

    @Test
    void anUnknownTopicListsTheKnownOnes() {
        assertThat(errorsOf("{\"filters\": {\"topic\": \"patents\"}, " + HOOK + "}"))
                .containsExactly(
                        "filters.topic \"patents\" is unknown; use one of protection, financing,"
                                + " geographic_indication");
    }

    @Test
    void datesMustBeCalendarDatesInOrder() {
        assertThat(
                        errorsOf(
                                "{\"q\": \"商标\", \"filters\": {\"from\": \"2024/01/01\"}, "
                                        + HOOK
                                        + "}"))
                .containsExactly(
                        "filters.from \"2024/01/01\" is not a date; use YYYY-MM-DD, e.g."
                                + " 2024-01-31");
        assertThat(errorsOf("{\"q\": \"商标\", \"filters\": {\"to\": \"2024-02-30\"}, " + HOOK + "}"))
                .singleElement()
                .asString()
                .startsWith("filters.to \"2024-02-30\" is not a date");
        assertThat(
                        errorsOf(
                                "{\"q\": \"商标\", \"filters\": {\"from\": \"2024-05-01\", \"to\":"
                                        + " \"2024-04-30\"}, "
                                        + HOOK
                                        + "}"))
                .containsExactly("filters.from (2024-05-01) is after filters.to (2024-04-30)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/hooks/ipwire",
                "example.org/hook",
                "ftp://example.org/hook",
                "mailto:editor@example.org",
                "javascript:alert(1)"
            })
    void theWebhookMustBeAnAbsoluteHttpOrHttpsUrl(String webhook) {
        assertThat(errorsOf("{\"q\": \"商标\", \"webhook\": \"" + webhook + "\"}"))
                .containsExactly(
                        "webhook \""
                                + webhook
                                + "\" must be an absolute URL starting with http:// or https://;"
                                + " e.g. https://example.org/ipwire-hook");
    }

    @Test
    void theWebhookMustBeAWellFormedUrlWithAHostAndNoFragment() {
        assertThat(errorsOf("{\"q\": \"商标\", \"webhook\": \"https://exa mple.org/\"}"))
                .singleElement()
                .asString()
                .startsWith("webhook \"https://exa mple.org/\" is not a valid URL (");
        assertThat(errorsOf("{\"q\": \"商标\", \"webhook\": \"https:///hook\"}"))
                .singleElement()
                .asString()
                .contains("has no host name");
        assertThat(errorsOf("{\"q\": \"商标\", \"webhook\": \"https://example.org/hook#top\"}"))
                .singleElement()
                .asString()
                .contains("#fragment");
        assertThat(errorsOf("{\"q\": \"商标\"}"))
                .containsExactly(
                        "webhook is required: the http or https URL matches are posted to; e.g."
                                + " https://example.org/ipwire-hook");
    }

    @Test
    void aGivenSecretMustBeLongEnough() {
        assertThat(errorsOf("{\"q\": \"商标\", \"secret\": \"short\", " + HOOK + "}"))
                .containsExactly(
                        "secret must be 16 to 256 characters long (it is 5); or leave it out to"
                                + " have one generated");
    }

    @Test
    void unknownFieldsAreNamedWithTheKnownOnesSoTyposAreCaught() {
        assertThat(errorsOf("{\"q\": \"商标\", \"webHook\": \"https://example.org/hook\"}"))
                .contains(
                        "unknown field \"webHook\"; the fields are q, filters, webhook, name,"
                                + " secret");
        assertThat(
                        errorsOf(
                                "{\"q\": \"商标\", \"filters\": {\"topics\": \"financing\"}, "
                                        + HOOK
                                        + "}"))
                .containsExactly(
                        "unknown field \"filters.topics\"; the fields are filters.topic,"
                            + " filters.region, filters.person, filters.place,"
                            + " filters.organization, filters.source, filters.from, filters.to");
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertThat(errorsOf("{\"q\": 42, \"filters\": {\"topic\": [\"financing\"]}, " + HOOK + "}"))
                .containsExactly(
                        "q must be a string, not a number",
                        "filters.topic must be a string, not a list");
        assertThat(errorsOf("{\"q\": \"商标\", \"filters\": \"financing\", " + HOOK + "}"))
                .singleElement()
                .asString()
                .startsWith("filters must be a JSON object");
    }

    @Test
    void everyMistakeIsReportedAtOnce() {
        assertThat(
                        errorsOf(
                                "{\"filters\": {\"topic\": \"x\", \"from\": \"yesterday\"},"
                                        + " \"webhook\": \"ftp://x\", \"secret\": \"s\"}"))
                .hasSize(4);
    }

    @Test
    void aBodyThatIsNotAJsonObjectSaysSo() {
        assertThat(errorsOf("")).singleElement().asString().startsWith("the body is empty");
        assertThat(errorsOf("  \n")).singleElement().asString().startsWith("the body is empty");
        assertThat(errorsOf("{\"q\": \"商标\","))
                .singleElement()
                .asString()
                .startsWith("the body is not valid JSON (")
                .contains("line 1");
        assertThat(errorsOf("[\"商标\"]"))
                .containsExactly(
                        "the body must be a JSON object with q and/or filters, and webhook");
        assertThat(errorsOf("\"商标\"")).hasSize(1);
    }

    @Test
    void noBodyAtAllSaysWhatToSend() {
        InvalidAlertException e =
                catchThrowableOfType(InvalidAlertException.class, () -> requests.read(null));

        assertThat(e.errors()).singleElement().asString().contains("send a JSON object");
    }
}
