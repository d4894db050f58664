package dev.ipwire.bench.articles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes realistic, varied Chinese news articles about intellectual property for the throughput
 * benchmark: headlines, datelines, people with titles, places, organizations, amounts, dates,
 * products and brands, so that enrichment does the work it does on real news.
 *
 * <p>Articles are assembled from sentence templates and vocabularies in the classpath resources
 * next to this class ({@code templates.txt} and the vocabulary files; their headers document the
 * format). Each article has a main topic family, sometimes a secondary one, and a log-normal number
 * of paragraphs, so lengths spread like real news (median around 900 characters). The output
 * depends only on the seed, and no generator returns the same content twice.
 */
public final class ArticleGenerator {

    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    /** Below this many characters an article gets more sentences; real briefs are not shorter. */
    private static final int MIN_CHARS = 260;

    /** No paragraph is started past this many characters, which keeps articles under ~5000. */
    private static final int SOFT_MAX_CHARS = 4600;

    private static final double MEDIAN_PARAGRAPHS = 7.0;
    private static final double PARAGRAPH_SIGMA = 0.6;

    /** Sentences a paragraph: weights of 1, 2, 3, 4 and 5. */
    private static final int[] SENTENCE_WEIGHTS = {18, 32, 28, 15, 7};

    private final SplittableRandom random;
    private final Set<Long> seen = new HashSet<>();

    /** A generator whose articles depend only on {@code seed}. */
    public ArticleGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next article, distinct in content from every earlier one of this generator. */
    public GeneratedArticle next() {
        Library library = Library.INSTANCE;
        while (true) {
            GeneratedArticle article = new ArticleWriter(library, random).write();
            if (seen.add(fingerprint(article.content()))) {
                return article;
            }
        }
    }

    /** The next {@code count} articles. */
    public List<GeneratedArticle> generate(int count) {
        List<GeneratedArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(next());
        }
        return articles;
    }

    /** 64-bit FNV-1a: a String hash code would collide too often over a long run. */
    private static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** A prefecture-level city with its province and some of its counties. */
    private record Place(
            String province, String abbreviation, String city, List<County> counties) {}

    /** A county, with the specialty it is known for or null. */
    private record County(String name, String specialty) {}

    /** The templates of one topic family. */
    private record Family(
            String name, List<String> titles, List<String> leads, List<String> body) {}

    /** Templates and vocabularies, loaded once from the classpath on first use. */
    private static final class Library {

        private static final String RESOURCES = "/dev/ipwire/bench/articles/";
        private static final Pattern SECTION = Pattern.compile("\\[([A-Za-z]+)]");
        private static final Pattern SLOT = Pattern.compile("\\{~?([A-Za-z]+?)(\\d*)}");

        /** Declared after the patterns it is read with (static initialization runs in order). */
        static final Library INSTANCE = load();

        final Map<String, Family> families = new LinkedHashMap<>();
        final Map<String, List<String>> lists = new HashMap<>();
        final List<Place> places = new ArrayList<>();

        /**
         * Places with at least one county that has a specialty, for geographic-indication stories.
         */
        final List<Place> specialtyPlaces = new ArrayList<>();

        final List<String> topicFamilies = new ArrayList<>();

        static Library load() {
            Library library = new Library();
            library.readTemplates(lines("templates.txt"));
            library.readPlaces(lines("places.txt"));
            library.readLists(lines("names.txt"), true);
            library.readLists(lines("orgs.txt"), true);
            library.readLists(lines("products.txt"), true);
            library.readLists(lines("terms.txt"), false);
            library.readLists(lines("outlets.txt"), false);
            library.checkSlots();
            return library;
        }

        private static List<String> lines(String name) {
            try (InputStream in = ArticleGenerator.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IllegalStateException(
                            name + " is missing from the bench's resources");
                }
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                List<String> lines = new ArrayList<>();
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String trimmed = line.strip();
                    if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                        lines.add(trimmed);
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }

        private void readTemplates(List<String> lines) {
            Family family = null;
            for (String line : lines) {
                Matcher section = SECTION.matcher(line);
                if (section.matches()) {
                    String name = section.group(1);
                    family =
                            new Family(
                                    name, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                    families.put(name, family);
                    if (!name.equals("general") && !name.equals("dateline")) {
                        topicFamilies.add(name);
                    }
                } else if (family == null) {
                    throw new IllegalStateException(
                            "templates.txt: text before a [family]: " + line);
                } else if (line.startsWith("title:")) {
                    family.titles().add(line.substring("title:".length()).strip());
                } else if (line.startsWith("lead:")) {
                    family.leads().add(line.substring("lead:".length()).strip());
                } else {
                    family.body().add(line);
                }
            }
        }

        private void readPlaces(List<String> lines) {
            for (String line : lines) {
                String[] fields = line.split("\\s+");
                List<County> counties = new ArrayList<>();
                for (int i = 3; i < fields.length; i++) {
                    String[] county = fields[i].split(":", 2);
                    counties.add(new County(county[0], county.length > 1 ? county[1] : null));
                }
                Place place = new Place(fields[0], fields[1], fields[2], List.copyOf(counties));
                places.add(place);
                if (counties.stream().anyMatch(c -> c.specialty() != null)) {
                    specialtyPlaces.add(place);
                }
            }
        }

        /**
         * {@code [list]} sections: entries split on spaces if {@code splitOnSpaces}, else one a
         * line.
         */
        private void readLists(List<String> lines, boolean splitOnSpaces) {
            List<String> current = null;
            for (String line : lines) {
                Matcher section = SECTION.matcher(line);
                if (section.matches()) {
                    current = lists.computeIfAbsent(section.group(1), k -> new ArrayList<>());
                } else if (current == null) {
                    throw new IllegalStateException("vocabulary entry before a [list]: " + line);
                } else if (splitOnSpaces) {
                    current.addAll(List.of(line.split("\\s+")));
                } else {
                    current.add(line);
                }
            }
        }

        /** Fails on load rather than mid-benchmark when a template names an unknown slot. */
        private void checkSlots() {
            List<String> texts = new ArrayList<>();
            families.values()
                    .forEach(
                            f -> {
                                texts.addAll(f.titles());
                                texts.addAll(f.leads());
                                texts.addAll(f.body());
                            });
            lists.values().forEach(texts::addAll);
            for (String text : texts) {
                Matcher slot = SLOT.matcher(text);
                while (slot.find()) {
                    String name = slot.group(1);
                    if (!ArticleWriter.COMPUTED.contains(name) && !lists.containsKey(name)) {
                        throw new IllegalStateException("unknown slot {" + name + "} in: " + text);
                    }
                }
            }
        }
    }

    /**
     * Writes one article: picks its families, date, outlet and shape, then fills templates. Named
     * entities keep their value for the whole article so that the story hangs together.
     */
    private static final class ArticleWriter {

        /** Slots computed here rather than drawn from a vocabulary list. */
        static final Set<String> COMPUTED =
                Set.of(
                        "province",
                        "provinceShort",
                        "provinceAbbr",
                        "city",
                        "cityShort",
                        "county",
                        "countyShort",
                        "gi",
                        "person",
                        "reporter",
                        "anon",
                        "year",
                        "lastYear",
                        "endYear",
                        "source",
                        "pubDate",
                        "date",
                        "month",
                        "oldYear",
                        "amount",
                        "smallAmount",
                        "bigAmount",
                        "subsidy",
                        "count",
                        "smallCount",
                        "bigCount",
                        "percent",
                        "rate",
                        "smallNum",
                        "price",
                        "days",
                        "rank",
                        "patentNo",
                        "tmNo",
                        "caseNo",
                        "prison");

        /** Numbers and dates: a new value at every use. */
        private static final Set<String> ALWAYS_FRESH =
                Set.of(
                        "date",
                        "month",
                        "oldYear",
                        "amount",
                        "smallAmount",
                        "bigAmount",
                        "subsidy",
                        "count",
                        "smallCount",
                        "bigCount",
                        "percent",
                        "rate",
                        "smallNum",
                        "price",
                        "days",
                        "rank",
                        "patentNo",
                        "tmNo",
                        "caseNo",
                        "prison");

        private static final Pattern SLOT_NAME = Pattern.compile("([A-Za-z]+?)(\\d*)");
        private static final String[] CHINESE_DIGITS = {
            "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"
        };

        private final Library library;
        private final SplittableRandom random;
        private final LocalDate publishedAt;
        private final String source;
        private final int year;
        private final Map<String, String> memo = new HashMap<>();
        private final Map<String, Set<String>> valuesByList = new HashMap<>();
        private final Map<String, Place> placeBySuffix = new HashMap<>();
        private final Map<String, County> countyBySuffix = new HashMap<>();
        private final Set<String> peopleNamed = new HashSet<>();
        private final Set<String> templatesUsed = new HashSet<>();

        /**
         * The family of the template being filled: {person2} of a court story and {person2} of a
         * finance story in the same article are different people in different roles.
         */
        private String currentFamily = "";

        ArticleWriter(Library library, SplittableRandom random) {
            this.library = library;
            this.random = random;
            long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
            this.publishedAt = FIRST_DAY.plusDays(random.nextLong(days));
            this.source = pick(library.lists.get("outlet"));
            // Reports look back at the year before more often early in the year.
            double lookBack = publishedAt.getMonthValue() <= 3 ? 0.7 : 0.3;
            this.year = publishedAt.getYear() - (random.nextDouble() < lookBack ? 1 : 0);
        }

        GeneratedArticle write() {
            List<String> topics = library.topicFamilies;
            Family main = library.families.get(pick(topics));
            Family secondary = null;
            if (random.nextDouble() < 0.35) {
                String other = pick(topics);
                if (!other.equals(main.name())) {
                    secondary = library.families.get(other);
                }
            }
            if (main.name().equals("gi") || (secondary != null && secondary.name().equals("gi"))) {
                placeSpecialtyCounty();
            }

            List<String> paragraphs = new ArrayList<>();
            int paragraphCount = paragraphCount();
            int chars = 0;
            String opening = lead(main, paragraphs);
            chars += opening.length();
            paragraphs.add(opening);
            while (paragraphs.size() < paragraphCount && chars < SOFT_MAX_CHARS) {
                String paragraph = paragraph(main, secondary, sentencesInParagraph());
                chars += paragraph.length();
                paragraphs.add(paragraph);
            }
            while (chars < MIN_CHARS) {
                String paragraph = paragraph(main, secondary, 2);
                chars += paragraph.length();
                paragraphs.add(paragraph);
            }
            String title = title(main, secondary);
            return new GeneratedArticle(title, source, publishedAt, paragraphs);
        }

        /** The first paragraph: a lead sentence, often after a dateline, sometimes more. */
        private String lead(Family main, List<String> paragraphs) {
            StringBuilder opening = new StringBuilder();
            if (random.nextDouble() < 0.45) {
                currentFamily = "dateline";
                String dateline = fill(pick(library.families.get("dateline").body()));
                if (dateline.startsWith("本报记者")) {
                    paragraphs.add(dateline); // a byline line of its own
                } else {
                    opening.append(dateline);
                }
            }
            currentFamily = main.name();
            opening.append(fill(pick(main.leads())));
            int more = random.nextInt(3);
            for (int i = 0; i < more; i++) {
                opening.append(fill(unusedTemplate(main)));
            }
            return opening.toString();
        }

        private String paragraph(Family main, Family secondary, int sentences) {
            StringBuilder paragraph = new StringBuilder();
            for (int i = 0; i < sentences; i++) {
                double roll = random.nextDouble();
                Family family;
                if (roll < 0.2) {
                    family = library.families.get("general");
                } else if (secondary != null && roll < 0.45) {
                    family = secondary;
                } else {
                    family = main;
                }
                currentFamily = family.name();
                paragraph.append(fill(unusedTemplate(family)));
            }
            return paragraph.toString();
        }

        /** A body template not used yet in this article, from {@code family} while it has one. */
        private String unusedTemplate(Family family) {
            List<String> candidates = new ArrayList<>();
            for (String template : family.body()) {
                if (!templatesUsed.contains(template)) {
                    candidates.add(template);
                }
            }
            if (candidates.isEmpty()) {
                // A long article exhausted its family: borrow from the others, then repeat.
                for (String name : library.topicFamilies) {
                    for (String template : library.families.get(name).body()) {
                        if (!templatesUsed.contains(template)) {
                            candidates.add(template);
                        }
                    }
                }
            }
            if (candidates.isEmpty()) {
                templatesUsed.clear();
                candidates.addAll(family.body());
            }
            String template = pick(candidates);
            templatesUsed.add(template);
            return template;
        }

        /** A headline of 12 to 30 characters from the article's own entities. */
        private String title(Family main, Family secondary) {
            for (int attempt = 0; attempt < 30; attempt++) {
                Family family = secondary != null && random.nextDouble() < 0.2 ? secondary : main;
                currentFamily = family.name();
                String title = fill(pick(family.titles()));
                int length = title.codePointCount(0, title.length());
                if (length >= 12 && length <= 30) {
                    return title;
                }
            }
            return fill("{cityShort}知识产权工作(取得新进展|迈上新台阶|跑出加速度)");
        }

        private int paragraphCount() {
            double count =
                    Math.exp(Math.log(MEDIAN_PARAGRAPHS) + PARAGRAPH_SIGMA * random.nextGaussian());
            return (int) Math.max(2, Math.min(25, Math.round(count)));
        }

        private int sentencesInParagraph() {
            int total = 0;
            for (int weight : SENTENCE_WEIGHTS) {
                total += weight;
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < SENTENCE_WEIGHTS.length; i++) {
                roll -= SENTENCE_WEIGHTS[i];
                if (roll < 0) {
                    return i + 1;
                }
            }
            return SENTENCE_WEIGHTS.length;
        }

        /** Geographic-indication stories are set where a county has a known specialty. */
        private void placeSpecialtyCounty() {
            if (random.nextDouble() >= 0.85) {
                return;
            }
            Place place = pick(library.specialtyPlaces);
            List<County> known =
                    place.counties().stream().filter(c -> c.specialty() != null).toList();
            placeBySuffix.put("", place);
            countyBySuffix.put("", pick(known));
        }

        // ---- template filling ----

        /** {@code template} with every (a|b) alternative chosen and every {slot} filled. */
        String fill(String template) {
            StringBuilder out = new StringBuilder(template.length() + 32);
            int i = 0;
            while (i < template.length()) {
                char c = template.charAt(i);
                if (c == '(') {
                    int end = closing(template, i);
                    out.append(fill(pick(alternatives(template.substring(i + 1, end)))));
                    i = end + 1;
                } else if (c == '{') {
                    int end = template.indexOf('}', i);
                    if (end < 0) {
                        throw new IllegalStateException("unclosed { in: " + template);
                    }
                    out.append(slot(template.substring(i + 1, end)));
                    i = end + 1;
                } else {
                    out.append(c);
                    i++;
                }
            }
            return out.toString();
        }

        private static int closing(String template, int open) {
            int depth = 0;
            for (int i = open; i < template.length(); i++) {
                char c = template.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            throw new IllegalStateException("unclosed ( in: " + template);
        }

        /** The top-level alternatives of a group (nested groups stay whole). */
        private static List<String> alternatives(String group) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i < group.length(); i++) {
                char c = group.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    parts.add(group.substring(start, i));
                    start = i + 1;
                }
            }
            parts.add(group.substring(start));
            return parts;
        }

        private String slot(String raw) {
            boolean fresh = raw.startsWith("~");
            String key = fresh ? raw.substring(1) : raw;
            Matcher name = SLOT_NAME.matcher(key);
            if (!name.matches()) {
                throw new IllegalStateException("bad slot name {" + raw + "}");
            }
            String base = name.group(1);
            String suffix = name.group(2);
            fresh |= ALWAYS_FRESH.contains(base);
            if (base.equals("person") || base.equals("anon") || base.endsWith("Title")) {
                key = currentFamily + ":" + key;
            }
            if (!fresh) {
                String known = memo.get(key);
                if (known != null) {
                    return known;
                }
            }
            String value = compute(base, suffix);
            if (!fresh) {
                memo.put(key, value);
            }
            return value;
        }

        private String compute(String base, String suffix) {
            return switch (base) {
                case "province" -> place(suffix).province();
                case "provinceShort" -> provinceShort(place(suffix).province());
                case "provinceAbbr" -> place(suffix).abbreviation();
                case "city" -> place(suffix).city();
                case "cityShort" -> shortName(place(suffix).city(), "地区", "市");
                case "county" -> county(suffix).name();
                case "countyShort" -> countyShort(county(suffix).name());
                case "gi" -> geographicIndication(suffix);
                case "person", "reporter" -> newPerson();
                case "anon" -> newAnonymous();
                case "year" -> String.valueOf(year);
                case "lastYear" -> String.valueOf(year - 1);
                case "endYear" ->
                        memo.computeIfAbsent(
                                "endYear", k -> String.valueOf(year + 2 + random.nextInt(4)));
                case "source" -> source;
                case "pubDate" -> monthDay(publishedAt);
                case "date" -> monthDay(publishedAt.minusDays(1 + random.nextInt(40)));
                case "month" -> (1 + random.nextInt(12)) + "月";
                case "oldYear" -> String.valueOf(1988 + random.nextInt(31));
                case "amount" -> money(logUniform(20, 80_000));
                case "smallAmount" -> money(logUniform(0.5, 200));
                case "bigAmount" -> money(logUniform(10_000, 6_000_000));
                case "subsidy" -> money(logUniform(0.2, 10));
                case "count" -> String.valueOf((int) logUniform(12, 9_800));
                case "smallCount" -> String.valueOf((int) logUniform(2, 36));
                case "bigCount" -> bigCount();
                case "percent" -> oneDecimal(logUniform(1.5, 85)) + "%";
                case "rate" -> String.format("%.2f%%", 2.4 + random.nextDouble() * 2.5);
                case "smallNum" -> smallNumber();
                case "price" -> oneDecimal(logUniform(0.5, 12));
                case "days" -> String.valueOf(3 + random.nextInt(88));
                case "rank" -> String.valueOf(1 + random.nextInt(12));
                case "patentNo" -> patentNumber();
                case "tmNo" -> "第" + (10_000_000 + random.nextInt(70_000_000)) + "号";
                case "caseNo" -> caseNumber();
                case "prison" -> prisonTerm();
                default -> fromList(base, suffix);
            };
        }

        /**
         * An entry of vocabulary {@code list}; a numbered slot avoids repeating an earlier value.
         */
        private String fromList(String list, String suffix) {
            List<String> entries = library.lists.get(list);
            if (entries == null) {
                throw new IllegalStateException("no vocabulary for {" + list + "}");
            }
            Set<String> earlier = valuesByList.computeIfAbsent(list, k -> new HashSet<>());
            String value = fill(pick(entries));
            for (int attempt = 0;
                    attempt < 5 && !suffix.isEmpty() && earlier.contains(value);
                    attempt++) {
                value = fill(pick(entries));
            }
            earlier.add(value);
            return value;
        }

        private Place place(String suffix) {
            return placeBySuffix.computeIfAbsent(
                    suffix,
                    k -> {
                        Place chosen = pick(library.places);
                        for (int i = 0; i < 5 && placeBySuffix.containsValue(chosen); i++) {
                            chosen = pick(library.places);
                        }
                        return chosen;
                    });
        }

        private County county(String suffix) {
            Place place = place(suffix);
            return countyBySuffix.computeIfAbsent(suffix, k -> pick(place.counties()));
        }

        private String geographicIndication(String suffix) {
            County county = county(suffix);
            String product =
                    county.specialty() != null && random.nextDouble() < 0.8
                            ? county.specialty()
                            : pick(library.lists.get("productType"));
            return countyShort(county.name()) + product;
        }

        private String newPerson() {
            String name = pick(library.lists.get("surname")) + pick(library.lists.get("given"));
            for (int i = 0; i < 10 && !peopleNamed.add(name); i++) {
                name = pick(library.lists.get("surname")) + pick(library.lists.get("given"));
            }
            return name;
        }

        /** Court and enforcement news names private defendants as 王某 or 王某某. */
        private String newAnonymous() {
            String name;
            int attempts = 0;
            do {
                name = pick(library.lists.get("surname")) + (random.nextBoolean() ? "某" : "某某");
            } while (!peopleNamed.add(name) && ++attempts < 10);
            return name;
        }

        private static String provinceShort(String province) {
            for (String suffix : List.of("壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市")) {
                if (province.endsWith(suffix)) {
                    return province.substring(0, province.length() - suffix.length());
                }
            }
            return province;
        }

        private static String countyShort(String county) {
            return shortName(county, "新区", "自治县", "县", "区", "市", "旗");
        }

        /** {@code name} without the first matching suffix, unless that leaves one character. */
        private static String shortName(String name, String... suffixes) {
            for (String suffix : suffixes) {
                if (name.endsWith(suffix)) {
                    String rest = name.substring(0, name.length() - suffix.length());
                    return rest.length() >= 2 ? rest : name;
                }
            }
            return name;
        }

        // ---- numbers and dates, in the forms Chinese news prints them ----

        private static String monthDay(LocalDate date) {
            return date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }

        private double logUniform(double low, double high) {
            return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
        }

        /** An amount given in 万元: 8000元, 45.6万元, 120万元, 3860万元, 3.5亿元, 230亿元. */
        private String money(double tenThousands) {
            if (tenThousands < 1) {
                return (Math.round(tenThousands * 100) * 100) + "元";
            }
            if (tenThousands >= 10_000) {
                double hundredMillions = tenThousands / 10_000;
                return (hundredMillions < 100
                                ? oneDecimal(hundredMillions)
                                : String.valueOf(Math.round(hundredMillions)))
                        + "亿元";
            }
            if (tenThousands < 100 && random.nextBoolean()) {
                return oneDecimal(tenThousands) + "万元";
            }
            long whole = Math.round(tenThousands);
            if (whole >= 1000 && random.nextDouble() < 0.6) {
                whole = whole / 10 * 10;
            }
            return whole + "万元";
        }

        private String bigCount() {
            double value = logUniform(10_000, 3_000_000);
            return random.nextBoolean()
                    ? oneDecimal(value / 10_000) + "万"
                    : String.valueOf(Math.round(value));
        }

        private String smallNumber() {
            double value = logUniform(0.8, 60);
            return value < 10 ? oneDecimal(value) : String.valueOf(Math.round(value));
        }

        /** One decimal, without a trailing ".0". */
        private static String oneDecimal(double value) {
            long tenths = Math.round(value * 10);
            return tenths % 10 == 0
                    ? String.valueOf(tenths / 10)
                    : (tenths / 10) + "." + (tenths % 10);
        }

        private String patentNumber() {
            int filed = 2012 + random.nextInt(Math.max(1, year - 2012 + 1));
            int kind = 1 + random.nextInt(3);
            return String.format(
                    "ZL%d%d%07d.%d", filed, kind, random.nextInt(10_000_000), random.nextInt(10));
        }

        private String caseNumber() {
            String[] kinds = {"民初", "知民初", "民终", "知民终", "刑初"};
            return String.format(
                    "（%d）%s%02d%s%d号",
                    year,
                    place("").abbreviation(),
                    1 + random.nextInt(20),
                    kinds[random.nextInt(kinds.length)],
                    1 + random.nextInt(9_000));
        }

        private String prisonTerm() {
            int years = 1 + random.nextInt(6);
            int months = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(11);
            return CHINESE_DIGITS[years] + "年" + (months == 0 ? "" : CHINESE_DIGITS[months] + "个月");
        }

        private <T> T pick(List<T> items) {
            return items.get(random.nextInt(items.size()));
        }
    }
}
