package dev.ipwire.stack.junit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.elasticsearch.ElasticsearchContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The same stack from the official images, for machines with a Docker engine. The image tags are
 * the versions the local stack runs, so tests mean the same on both.
 */
final class ContainerStack implements TestStack {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.1.2");
    static final DockerImageName ELASTICSEARCH_IMAGE =
            DockerImageName.parse("docker.elastic.co/elasticsearch/elasticsearch:9.5.3");

    private final KafkaContainer kafka;
    private final ElasticsearchContainer elasticsearch;

    private ContainerStack(KafkaContainer kafka, ElasticsearchContainer elasticsearch) {
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ContainerStack start() {
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE);
        ElasticsearchContainer elasticsearch =
                new ElasticsearchContainer(ELASTICSEARCH_IMAGE)
                        .withEnv("xpack.security.enabled", "false")
                        .withEnv("ES_JAVA_OPTS", "-Xms512m -Xmx512m");
        try {
            kafka.start();
            elasticsearch.start();
            return new ContainerStack(kafka, elasticsearch);
        } catch (RuntimeException e) {
            elasticsearch.stop();
            kafka.stop();
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String elasticsearchUrl() {
        return "http://" + elasticsearch.getHttpHostAddress();
    }

    @Override
    public String description() {
        return "containers (" + KAFKA_IMAGE + ", " + ELASTICSEARCH_IMAGE + ")";
    }

    @Override
    public void close() {
        elasticsearch.stop();
        kafka.stop();
    }
}
