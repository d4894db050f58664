package dev.ipwire.bench;

import java.time.Duration;
import java.util.List;

/**
 * What {@code ./ipwire bench} measures and how much.
 *
 * @param articles articles per full-speed run (and in the enrichment-only passes)
 * @param runs full-speed runs per configuration and enrichment-only passes (medians are over these)
 * @param rate articles per second of the fixed-rate phase
 * @param rateSeconds length of the fixed-rate phase
 * @param searchArticles articles in the index before the search load (0: no search load)
 * @param clients concurrent search clients
 * @param searchSeconds length of each search round (two rounds each for the API and Elasticsearch)
 * @param scaling whether to measure a second nlp-service instance
 * @param seed seed of the article generator
 * @param keepData keep the run's Kafka and Elasticsearch data (else only logs and the report stay)
 * @param readyTimeout how long a node may take to start
 */
public record BenchOptions(
        int articles,
        int runs,
        double rate,
        int rateSeconds,
        int searchArticles,
        int clients,
        int searchSeconds,
        boolean scaling,
        long seed,
        boolean keepData,
        Duration readyTimeout) {

    static final String USAGE =
            """
            ./ipwire bench [options]
              --articles N         articles per full-speed run (default 2000)
              --runs N             runs per configuration; figures are medians (default 3)
              --rate N             articles per second of the fixed-rate phase (default 10)
              --rate-seconds N     length of the fixed-rate phase (default 60)
              --search-articles N  articles indexed before the search load (default 50000; 0 skips it)
              --clients N          concurrent search clients (default 20)
              --search-seconds N   length of each search round (default 30)
              --no-scaling         skip the second nlp-service instance
              --seed N             article generator seed (default 1)
              --keep-data          keep the run's Kafka and Elasticsearch data
              --quick              a short run to try the bench: 300 articles, 1 run, 20 s at the
                                   rate, 3000 search articles, 10 s rounds
            ./ipwire bench side-by-side --help   search-service instances compared in alternating rounds
            """;

    public static BenchOptions defaults() {
        return new BenchOptions(
                2000, 3, 10, 60, 50_000, 20, 30, true, 1, false, Duration.ofSeconds(180));
    }

    public static BenchOptions parse(List<String> args) {
        Draft o = new Draft(defaults());
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--quick" -> {
                    // later options still override these
                    o.articles = 300;
                    o.runs = 1;
                    o.rateSeconds = 20;
                    o.searchArticles = 3000;
                    o.searchSeconds = 10;
                }
                case "--no-scaling" -> o.scaling = false;
                case "--keep-data" -> o.keepData = true;
                default -> {
                    if (i + 1 >= args.size() || !arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
                    }
                    o.set(arg, args.get(++i));
                }
            }
        }
        return o.build();
    }

    /** The options while the command line is read. */
    private static final class Draft {
        int articles;
        int runs;
        double rate;
        int rateSeconds;
        int searchArticles;
        int clients;
        int searchSeconds;
        boolean scaling;
        long seed;
        boolean keepData;
        final Duration readyTimeout;

        Draft(BenchOptions o) {
            articles = o.articles;
            runs = o.runs;
            rate = o.rate;
            rateSeconds = o.rateSeconds;
            searchArticles = o.searchArticles;
            clients = o.clients;
            searchSeconds = o.searchSeconds;
            scaling = o.scaling;
            seed = o.seed;
            keepData = o.keepData;
            readyTimeout = o.readyTimeout;
        }

        void set(String option, String value) {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number, got " + value);
            }
            if (number < 0 || (number == 0 && !option.equals("--search-articles"))) {
                throw new IllegalArgumentException(option + " must be positive, got " + value);
            }
            int n = (int) Math.min(Integer.MAX_VALUE, number);
            switch (option) {
                case "--articles" -> articles = n;
                case "--runs" -> runs = n;
                case "--rate" -> rate = n;
                case "--rate-seconds" -> rateSeconds = n;
                case "--search-articles" -> searchArticles = n;
                case "--clients" -> clients = n;
                case "--search-seconds" -> searchSeconds = n;
                case "--seed" -> seed = number;
                default ->
                        throw new IllegalArgumentException(
                                "unknown option " + option + "\n" + USAGE);
            }
        }

        BenchOptions build() {
            return new BenchOptions(
                    articles,
                    runs,
                    rate,
                    rateSeconds,
                    searchArticles,
                    clients,
                    searchSeconds,
                    scaling,
                    seed,
                    keepData,
                    readyTimeout);
        }
    }
}
