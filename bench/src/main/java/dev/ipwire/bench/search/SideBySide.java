package dev.ipwire.bench.search;

import dev.ipwire.bench.measure.Percentiles;
import dev.ipwire.bench.measure.ProcessMeter;
import dev.ipwire.bench.pipeline.PipelineClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * {@code ./ipwire bench side-by-side}: search-service instances running side by side on one stack
 * (say the jar before a change and the jar after it), loaded in alternating rounds of the search
 * queries, each round's CPU read from {@code /proc/<pid>/stat}. This machine's speed drifts by up
 * to 1.5× between minutes; alternating short rounds puts the drift on every instance alike, which
 * separate bench runs cannot (docs/BENCHMARKS.md, Tuning).
 *
 * <p>The instances are reached on 127.0.0.1 at their ports. A control process (Elasticsearch's pid)
 * gives each instance's CPU per request also as a ratio to the control's, for a change that moves
 * work between the two.
 */
public final class SideBySide {

    public static final String USAGE =
            """
            ./ipwire bench side-by-side [options] LABEL=PORT:PID LABEL=PORT:PID ...
              alternating search rounds against search-service instances on 127.0.0.1
              --rounds N        measured rounds per instance, after one warm-up round (default 7)
              --seconds N       length of a round (default 10)
              --clients N       concurrent search clients (default 20)
              --control-pid N   a process whose CPU per request is reported beside (Elasticsearch)
            """;

    /** One instance: a name for the output, its HTTP port, its process id. */
    record Instance(String label, int port, long pid) {

        static Instance parse(String spec) {
            int equals = spec.indexOf('=');
            int colon = spec.lastIndexOf(':');
            if (equals <= 0 || colon < equals + 2 || colon == spec.length() - 1) {
                throw new IllegalArgumentException(
                        "an instance is LABEL=PORT:PID (e.g. before=8093:4242), got " + spec);
            }
            try {
                return new Instance(
                        spec.substring(0, equals),
                        Integer.parseInt(spec.substring(equals + 1, colon)),
                        Long.parseLong(spec.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "PORT and PID are whole numbers in LABEL=PORT:PID, got " + spec);
            }
        }
    }

    record Options(
            List<Instance> instances, int rounds, int seconds, int clients, Long controlPid) {

        static Options parse(List<String> args) {
            List<Instance> instances = new ArrayList<>();
            int rounds = 7;
            int seconds = 10;
            int clients = 20;
            Long control = null;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    instances.add(Instance.parse(arg));
                    continue;
                }
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value\n" + USAGE);
                }
                long value = positive(arg, args.get(++i));
                switch (arg) {
                    case "--rounds" -> rounds = (int) value;
                    case "--seconds" -> seconds = (int) value;
                    case "--clients" -> clients = (int) value;
                    case "--control-pid" -> control = value;
                    default ->
                            throw new IllegalArgumentException(
                                    "unknown option " + arg + "\n" + USAGE);
                }
            }
            if (instances.size() < 2) {
                throw new IllegalArgumentException(
                        "side-by-side compares at least two instances\n" + USAGE);
            }
            return new Options(List.copyOf(instances), rounds, seconds, clients, control);
        }

        private static long positive(String option, String value) {
            try {
                long number = Long.parseLong(value);
                if (number > 0 && number <= Integer.MAX_VALUE) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException(
                    option + " takes a positive whole number, got " + value);
        }
    }

    /** One instance's figures in one round. */
    record Figures(
            double requestsPerSecond,
            double p50Millis,
            double p99Millis,
            int errors,
            double cpuMillisPerRequest,
            double controlMillisPerRequest) {

        double cpuShareOfControl() {
            return cpuMillisPerRequest / controlMillisPerRequest;
        }
    }

    private SideBySide() {}

    public static void main(List<String> args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<String> queries = SearchQueries.load();
        Map<Instance, PipelineClient> clients = new LinkedHashMap<>();
        for (Instance instance : options.instances()) {
            clients.put(
                    instance,
                    new PipelineClient(
                            "http://127.0.0.1:0", "http://127.0.0.1:" + instance.port(), "", ""));
        }
        Map<String, List<Figures>> measured = new LinkedHashMap<>();
        for (int round = 0; round <= options.rounds(); round++) {
            for (Instance instance : options.instances()) {
                Figures figures = round(instance, clients.get(instance), options, queries, round);
                System.out.printf(
                        "%s %s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, errors %d, CPU %.3f ms"
                                + " per request%s%n",
                        instance.label(),
                        round == 0 ? "warm-up" : "round " + round,
                        figures.requestsPerSecond(),
                        figures.p50Millis(),
                        figures.p99Millis(),
                        figures.errors(),
                        figures.cpuMillisPerRequest(),
                        options.controlPid() == null
                                ? ""
                                : ", control %.3f ms per request"
                                        .formatted(figures.controlMillisPerRequest()));
                if (round > 0) {
                    measured.computeIfAbsent(instance.label(), l -> new ArrayList<>()).add(figures);
                }
            }
        }
        System.out.println("medians over " + options.rounds() + " rounds:");
        measured.forEach(
                (label, rounds) ->
                        System.out.printf(
                                "  %s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, CPU %.3f ms per"
                                        + " request%s%n",
                                label,
                                median(rounds, Figures::requestsPerSecond),
                                median(rounds, Figures::p50Millis),
                                median(rounds, Figures::p99Millis),
                                median(rounds, Figures::cpuMillisPerRequest),
                                options.controlPid() == null
                                        ? ""
                                        : ", ÷ control %.3f"
                                                .formatted(
                                                        median(
                                                                rounds,
                                                                Figures::cpuShareOfControl))));
        System.exit(0);
    }

    private static Figures round(
            Instance instance,
            PipelineClient client,
            Options options,
            List<String> queries,
            long seed)
            throws Exception {
        ProcessMeter meter = new ProcessMeter().track("instance", instance.pid());
        if (options.controlPid() != null) {
            meter.track("control", options.controlPid());
        }
        Map<String, Double> before = meter.cpuSeconds();
        SearchLoad.Round round =
                SearchLoad.run(
                        query -> client.searchApi(queries.get(query)),
                        queries.size(),
                        options.clients(),
                        options.seconds(),
                        seed);
        Map<String, Double> used = ProcessMeter.difference(before, meter.cpuSeconds());
        if (!used.containsKey("instance")) {
            throw new IllegalStateException(
                    "process " + instance.pid() + " of " + instance.label() + " is gone");
        }
        Percentiles latency = round.percentiles();
        double requests = Math.max(1, round.requests());
        return new Figures(
                round.requestsPerSecond(),
                latency.median(),
                latency.at(99),
                round.errors(),
                used.get("instance") * 1000 / requests,
                used.getOrDefault("control", Double.NaN) * 1000 / requests);
    }

    private static double median(List<Figures> rounds, ToDoubleFunction<Figures> field) {
        return Percentiles.of(rounds.stream().map(field::applyAsDouble).toList()).median();
    }
}
