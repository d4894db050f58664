package dev.ipwire.ingest.parsing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognizes news outlets' names: by the way Chinese outlet names end (…日报, …晚报, …网, …社, …新闻, 報/網
 * in 繁體) or from a list of well-known outlets whose names do not ({@code
 * ipwire/ingest/outlets.txt}).
 */
public final class Outlets {

    private static final Pattern OUTLET_NAME =
            Pattern.compile(
                    "[\\p{IsHan}A-Za-z0-9·]{1,14}(?:日报|日報|晚报|晚報|早报|早報|时报|時報|商报|商報|法制报|报|報|周刊|週刊|杂志|雜誌|"
                        + "新闻网|新聞網|网|網|通讯社|通訊社|社|电视台|電視台|广播电台|新闻|新聞|客户端|频道|頻道|在线|在線)");

    /**
     * Parts of names that make a string a body or a place, not an outlet, even if it ends in 社/网.
     */
    private static final Pattern NOT_OUTLET =
            Pattern.compile(
                    "^(?:本报|本報|本刊|本台|我报|该报|日报|晚报|网|社)$|(合作社|出版社|公社|旅行社|结社|社区|电网|管网|渔网|互联网|物联网|法网|天网|情报|汇报|公报|年报|警报|申报|举报|预报|简报|通报|画报)$");

    private static final Set<String> KNOWN = load();

    private Outlets() {}

    /** True when {@code name} reads as a news outlet's name. */
    public static boolean isOutlet(String name) {
        if (name == null) {
            return false;
        }
        String value = name.strip();
        if (value.length() < 2 || value.length() > 16) {
            return false;
        }
        if (KNOWN.contains(value)) {
            return true;
        }
        return OUTLET_NAME.matcher(value).matches() && !NOT_OUTLET.matcher(value).find();
    }

    /**
     * The outlet in a source string: {@code 农民日报·中国农网} → 农民日报, {@code 金融时报-中国金融新闻网} → 金融时报, {@code
     * 《求是》} → 求是. Null when no part of it is an outlet.
     */
    public static String clean(String source) {
        if (source == null) {
            return null;
        }
        String value = source.strip().replaceAll("^[《〈「“\"]+|[》〉」”\"]+$", "").strip();
        // 中国市场监管新闻网新闻: the news section of a site named …网
        if (value.endsWith("新闻")
                && isOutlet(value.substring(0, value.length() - 2))
                && value.matches(".*[网報报網]新闻$")) {
            return value.substring(0, value.length() - 2);
        }
        for (String part : value.split("\\s*[·•\\-－—|｜/、]\\s*")) {
            String candidate = part.replaceAll("^[《〈]|[》〉]$", "").strip();
            if (isOutlet(candidate)) {
                return candidate;
            }
        }
        return isOutlet(value) ? value : null;
    }

    /**
     * The outlet named after an explicit 来源 label: {@link #clean} when it recognizes one, else the
     * label's first part as written (a label is trusted even for outlets this class does not know).
     */
    public static String labelled(String source) {
        String outlet = clean(source);
        if (outlet != null || source == null) {
            return outlet;
        }
        String first =
                source.strip()
                        .replaceAll("^[《〈「“\"]+|[》〉」”\"]+$", "")
                        .split("\\s*[·•\\-－—|｜/、]\\s*")[0]
                        .replaceAll("^[《〈]|[》〉]$", "")
                        .strip();
        return first.length() >= 2 && first.length() <= 16 && !first.matches(".*\\d.*")
                ? first
                : null;
    }

    private static Set<String> load() {
        try (InputStream in = Outlets.class.getResourceAsStream("/ipwire/ingest/outlets.txt")) {
            Set<String> names = new LinkedHashSet<>();
            if (in != null) {
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(names::add);
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
