package dev.ipwire.system;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The machine's own chromium and chromedriver (Debian: {@code apt-get install chromium
 * chromium-driver}), run headless. Nothing is downloaded: when either is missing the browser tests
 * are skipped. {@code IPWIRE_CHROMIUM} and {@code IPWIRE_CHROMEDRIVER} point at other binaries.
 */
final class Chromium {

    static final List<String> FLAGS =
            List.of(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--disable-dev-shm-usage",
                    "--lang=zh-CN");

    private final Path browser;
    private final Path driver;

    private Chromium(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** The installed browser and driver, if both are there. */
    static Optional<Chromium> installed() {
        Optional<Path> browser =
                find("IPWIRE_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver =
                find("IPWIRE_CHROMEDRIVER", "chromedriver")
                        .or(() -> executable(Path.of("/usr/lib/chromium/chromedriver")));
        return browser.isPresent() && driver.isPresent()
                ? Optional.of(new Chromium(browser.get(), driver.get()))
                : Optional.empty();
    }

    /**
     * A headless browser with the given window size; its console is kept for {@link
     * LogType#BROWSER}.
     */
    ChromeDriver start(int width, int height, Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.addArguments(
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.toString());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(driver.toFile())
                        .usingAnyFreePort()
                        .build();
        return new ChromeDriver(service, options);
    }

    @Override
    public String toString() {
        return browser + " with " + driver;
    }

    private static Optional<Path> find(String variable, String... names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return executable(Path.of(configured));
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(names)
                .flatMap(
                        name ->
                                Stream.of(path.split(File.pathSeparator))
                                        .filter(dir -> !dir.isBlank())
                                        .map(dir -> Path.of(dir, name)))
                .flatMap(candidate -> executable(candidate).stream())
                .findFirst();
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate)
                : Optional.empty();
    }
}
