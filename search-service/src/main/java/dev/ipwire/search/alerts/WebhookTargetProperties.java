package dev.ipwire.search.alerts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which hosts webhooks may point at ({@code ipwire.alerts.delivery.*}, beside {@link
 * AlertProperties.Delivery}).
 *
 * @param allowPrivateTargets let webhooks name loopback, private, link-local, multicast and other
 *     non-public addresses. Off by default, so an alert cannot make the service post to itself, to
 *     Elasticsearch or to a cloud metadata address; turn it on only where every client is trusted
 *     (tests with a receiver on 127.0.0.1, a closed network whose receivers have private addresses)
 */
@ConfigurationProperties("ipwire.alerts.delivery")
public record WebhookTargetProperties(@DefaultValue("false") boolean allowPrivateTargets) {}
