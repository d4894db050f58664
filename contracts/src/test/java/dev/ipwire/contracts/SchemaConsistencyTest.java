package dev.ipwire.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON schemas, the golden samples and the records describe the same fields. */
class SchemaConsistencyTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @CsvSource({
        "article-received.schema.json, article-received.json, dev.ipwire.contracts.ArticleReceived",
        "article-enriched.schema.json, article-enriched.json, dev.ipwire.contracts.ArticleEnriched"
    })
    void schemaSampleAndRecordNameTheSameFields(String schema, String sample, Class<?> record) {
        JsonNode schemaNode = json.readTree(GoldenSamples.read(schema));
        Set<String> schemaFields = new HashSet<>(schemaNode.get("properties").propertyNames());
        Set<String> sampleFields =
                new HashSet<>(json.readTree(GoldenSamples.read(sample)).propertyNames());
        Set<String> recordFields = new HashSet<>();
        Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .forEach(recordFields::add);

        assertThat(schemaFields)
                .as("schema %s vs record %s", schema, record.getSimpleName())
                .isEqualTo(recordFields);
        assertThat(sampleFields)
                .as("sample %s vs record %s", sample, record.getSimpleName())
                .isEqualTo(recordFields);
        for (JsonNode required : schemaNode.get("required")) {
            assertThat(recordFields).contains(required.asString());
        }
    }
}
