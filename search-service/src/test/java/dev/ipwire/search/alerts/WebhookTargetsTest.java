package dev.ipwire.search.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** Webhooks must resolve to public addresses only, in every spelling of an address. */
class WebhookTargetsTest {

    /** Resolves literals as the JDK does, and a few made-up names, without DNS. */
    private static final Map<String, List<String>> NAMES =
            Map.of(
                    "public.example", List.of("93.184.215.14"),
                    "metadata.example", List.of("169.254.169.254"),
                    "mixed.example", List.of("93.184.215.14", "10.1.2.3"),
                    "v6.example", List.of("2606:4700::6810:84e5"));

    private final WebhookTargets targets = new WebhookTargets(false, WebhookTargetsTest::resolve);

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        if (NAMES.containsKey(host)) {
            List<InetAddress> addresses = new ArrayList<>();
            for (String literal : NAMES.get(host)) {
                addresses.add(InetAddress.getByName(literal));
            }
            return addresses;
        }
        if (host.chars().anyMatch(Character::isLetter) && !host.contains(":")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(host));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://127.1.2.3:9200/",
                "http://0.0.0.0/",
                "http://0.1.2.3/",
                "http://10.0.0.1/",
                "http://172.16.0.1/",
                "http://172.31.255.255/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://100.64.0.1/",
                "http://198.18.0.1/",
                "http://224.0.0.1/",
                "http://239.255.255.250/",
                "http://255.255.255.255/",
                "http://240.0.0.1/",
                "http://[::1]/",
                "http://[::]/",
                "http://[::ffff:127.0.0.1]/",
                "http://[::ffff:7f00:1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[::127.0.0.1]/",
                "http://[fe80::1]/",
                "http://[fc00::1]/",
                "http://[fd12:3456:789a::1]/",
                "http://[fec0::1]/",
                "http://[ff02::1]/",
                "http://[64:ff9b::a9fe:a9fe]/", // NAT64 of 169.254.169.254
                "http://[2002:7f00:1::]/", // 6to4 of 127.0.0.1
                "http://[2001:db8::1]/",
                "https://metadata.example/",
                "https://mixed.example/hook"
            })
    void nonPublicTargetsAreRefused(String webhook) throws Exception {
        URI uri = URI.create(webhook);
        assertThat(targets.refusal(uri))
                .as(webhook)
                .hasValueSatisfying(
                        reason ->
                                assertThat(reason)
                                        .contains("not a public address")
                                        .contains("allow-private-targets"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://public.example/hook",
                "https://v6.example/hook",
                "http://93.184.215.14:8080/x",
                "http://[2606:4700::6810:84e5]/",
                "http://[::ffff:93.184.215.14]/",
                "http://172.32.0.1/",
                "http://100.128.0.1/"
            })
    void publicTargetsPass(String webhook) throws Exception {
        assertThat(targets.refusal(URI.create(webhook))).as(webhook).isEmpty();
    }

    @Test
    void unresolvableHostsAreReported() {
        assertThatThrownBy(() -> targets.refusal(URI.create("https://no-such-host.example/")))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void privateTargetsPassWhenAllowed() throws Exception {
        WebhookTargets allowing = new WebhookTargets(true, WebhookTargetsTest::resolve);
        assertThat(allowing.refusal(URI.create("http://127.0.0.1:8080/hook"))).isEmpty();
    }

    @Test
    void aRebindingNameIsRefusedAtDeliveryTime() {
        List<String> answers = new ArrayList<>(List.of("93.184.215.14", "127.0.0.1"));
        WebhookTargets rebinding =
                new WebhookTargets(
                        false, host -> List.of(InetAddress.getByName(answers.removeFirst())));
        URI webhook = URI.create("https://rebind.example/hook");
        assertThat(catchRefusal(rebinding, webhook)).isNull();
        assertThat(catchRefusal(rebinding, webhook))
                .isInstanceOf(WebhookTargets.RefusedTargetException.class)
                .hasMessageContaining("127.0.0.1");
    }

    @Test
    void alertRequestsNameTheRuleAndHowToRelaxIt() {
        AlertRequests requests = new AlertRequests(JsonMapper.builder().build(), 1000, targets);
        assertThatThrownBy(
                        () ->
                                requests.read(
                                        """
                                        {"q": "商标", "webhook": "http://169.254.169.254/hook"}
                                        """
                                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidAlertException.class)
                .hasMessageContaining("must be a public address")
                .hasMessageContaining("ipwire.alerts.delivery.allow-private-targets=true");
    }

    private static Exception catchRefusal(WebhookTargets targets, URI webhook) {
        try {
            targets.check(webhook);
            return null;
        } catch (Exception e) {
            return e;
        }
    }
}
