package dev.ipwire.search.alerts;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Small query and sort builders for the alerts indexes, so the calls read as what they ask. */
final class Queries {

    private Queries() {}

    static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    static Query terms(String field, Collection<String> values) {
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    static Query before(String field, Instant instant) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).lt(instant.toString()))));
    }

    static Query notAfter(String field, Instant instant) {
        return Query.of(q -> q.range(r -> r.date(d -> d.field(field).lte(instant.toString()))));
    }

    /** Absent, or not after {@code instant}. */
    static Query missingOrNotAfter(String field, Instant instant) {
        return Query.of(
                q ->
                        q.bool(
                                b ->
                                        b.should(notAfter(field, instant))
                                                .should(
                                                        s ->
                                                                s.bool(
                                                                        n ->
                                                                                n.mustNot(
                                                                                        m ->
                                                                                                m
                                                                                                        .exists(
                                                                                                                e ->
                                                                                                                        e
                                                                                                                                .field(
                                                                                                                                        field)))))
                                                .minimumShouldMatch("1")));
    }

    static Query all(Query... filters) {
        return Query.of(q -> q.bool(b -> b.filter(List.of(filters))));
    }

    static SortOptions ascending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Asc)));
    }

    static SortOptions descending(String field) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(SortOrder.Desc)));
    }
}
