package uk.socialvalue.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven through its chromedriver, as a person uses the portal: open a page,
 * fill in a form, press a button. Every page it lands on is checked, the same way each time: axe-core finds no
 * serious or critical accessibility violation (WCAG 2.2 A and AA rules), and neither the address, the page
 * source nor any cookie holds a JWT. One is started per test JVM ({@link BrowserTest}).
 */
final class Browser implements AutoCloseable {

    /** Three base64url parts, the first a JSON header starting {"...: what every JWT looks like. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");

    private static final Duration WAIT = Duration.ofSeconds(20);
    /**
     * axe-core's run, in the page, for the WCAG 2.2 A and AA rules, asked for violations only and answering with
     * the serious and critical ones.
     */
    private static final String AXE_RUN = """
            const done = arguments[arguments.length - 1];
            if (typeof axe === 'undefined') {
                done({error: 'axe-core is not on ' + location.href});
                return;
            }
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                    resultTypes: ['violations']})
                .then(results => done({violations: results.violations
                    .filter(rule => rule.impact === 'serious' || rule.impact === 'critical')
                    .map(rule => ({id: rule.id, impact: rule.impact, help: rule.help,
                        targets: rule.nodes.map(node => String(node.target))}))}))
                .catch(error => done({error: String(error)}));
            """;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path repository;
    private final Path userDataDir;
    private int pagesChecked;

    private Browser(ChromeDriver driver, String baseUrl, Path repository, Path userDataDir) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.repository = repository;
        this.userDataDir = userDataDir;
    }

    /** A browser on the platform's portal, its profile in the platform's data folder. */
    static Browser start(TestPlatform platform) {
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory(platform.dataDirectory(), "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("SVUK_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("SVUK_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", axeCore()));
        return new Browser(driver, platform.portalUrl(), platform.repository(), userDataDir);
    }

    /** axe-core's script as Deque's Selenium integration ships it (the version is the dependency's). */
    private static String axeCore() {
        try (var script = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (script == null) {
                throw new IllegalStateException("axe.min.js is missing from Deque's axe-core Selenium jar");
            }
            return new String(script.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        String path = configured == null || configured.isBlank() ? fallback : configured;
        if (!Files.isExecutable(Path.of(path))) {
            throw new IllegalStateException(path + " is missing: install Debian's chromium and chromium-driver "
                    + "(apt-get install chromium chromium-driver), or set " + variable);
        }
        return path;
    }

    /** Opens a portal page by its path, or any full address (an emailed link). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl + pathOrUrl);
        return checked();
    }

    /**
     * Opens the page again and again until the element's text is as expected, for figures that follow events
     * within seconds of them: Selenium's explicit wait, reloading every half second for at most {@code within}, then
     * the checks every page passes, once, on the page as it settled.
     */
    Browser openUntil(String path, String css, Predicate<String> expected, Duration within) {
        AtomicReference<String> last = new AtomicReference<>();
        new WebDriverWait(driver, within, Duration.ofMillis(500))
                .withMessage(() -> css + " on " + path + " never read as expected; it read: " + last.get())
                .until(d -> {
                    d.get(baseUrl + path);
                    List<WebElement> found = d.findElements(By.cssSelector(css));
                    last.set(found.isEmpty() ? null : found.get(0).getText().strip());
                    return last.get() != null && expected.test(last.get());
                });
        return checked();
    }

    /** What a download link gave: its status, headers and text. */
    record Download(long status, String contentType, String disposition, String body) {
    }

    /** Fetches a link's target from the page, as the browser would download it (with the session cookie). */
    Download download(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fetched = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                return fetch(arguments[0]).then(response => response.text().then(body => ({status: response.status,
                    type: response.headers.get('Content-Type'),
                    disposition: response.headers.get('Content-Disposition'), body: body})))""", path);
        return new Download(((Number) fetched.get("status")).longValue(), (String) fetched.get("type"),
                (String) fetched.get("disposition"), (String) fetched.get("body"));
    }

    /** The address a link with this text (as {@link #follow}) points at. */
    String href(String text) {
        return driver.findElement(By.xpath("//a[starts-with(normalize-space(), '" + text + "')]")).getDomAttribute("href");
    }

    Browser fill(String name, String value) {
        WebElement field = driver.findElement(By.name(name));
        field.clear();
        field.sendKeys(value);
        return this;
    }

    Browser choose(String name, String value) {
        driver.findElement(By.cssSelector("input[type=radio][name='" + name + "'][value='" + value + "']")).click();
        return this;
    }

    Browser tick(String name, String value) {
        WebElement box = driver.findElement(By.cssSelector("input[type=checkbox][name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    Browser selectText(String name, String visibleText) {
        new Select(driver.findElement(By.name(name))).selectByVisibleText(visibleText);
        return this;
    }

    Browser select(String name, String value) {
        new Select(driver.findElement(By.name(name))).selectByValue(value);
        return this;
    }

    /** Presses the button with this text and waits for the page it leads to. */
    Browser press(String text) {
        return clickAndWait(driver.findElement(By.xpath("//button[normalize-space()='" + text + "']")));
    }

    /** Follows the link whose text starts with this (visually hidden words may follow), and waits for the page. */
    Browser follow(String text) {
        return clickAndWait(driver.findElement(By.xpath("//a[starts-with(normalize-space(), '" + text + "')]")));
    }

    /**
     * Clicks, then waits for the next document: the current one is marked, and the wait ends when a document
     * without the mark has loaded. (Chromium may answer a question about the old page's nodes mid-navigation with
     * an error rather than "stale", so the wait asks the window instead.)
     */
    private Browser clickAndWait(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("window.svukPreviousPage = true");
        element.click();
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                return Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return window.svukPreviousPage === undefined && document.readyState === 'complete'"));
            } catch (WebDriverException navigating) {
                return false;
            }
        });
        return checked();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText().strip();
    }

    String text(String css) {
        return driver.findElement(By.cssSelector(css)).getText().strip();
    }

    /** An element's text as the document holds it, shown or not (a chart's title and description). */
    String textContent(String css) {
        return driver.findElement(By.cssSelector(css)).getDomProperty("textContent").strip();
    }

    List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    String value(String name) {
        return driver.findElement(By.name(name)).getDomAttribute("value");
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    String pageSource() {
        return driver.getPageSource();
    }

    List<Cookie> cookies() {
        return List.copyOf(driver.manage().getCookies());
    }

    /** Runs a script in the page, for what a person cannot do but an attacker can (such as dropping a form field). */
    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    /** Starts afresh: no session, as a new visitor. */
    Browser forgetSession() {
        driver.get(baseUrl + "/accessibility");
        driver.manage().deleteAllCookies();
        return this;
    }

    Browser signIn(String email, String password) {
        forgetSession();
        open("/sign-in").fill("email", email).fill("password", password).press("Sign in");
        assertThat(path()).as("signed in as %s", email).doesNotStartWith("/sign-in");
        return this;
    }

    Browser signOut() {
        return press("Sign out");
    }

    int pagesChecked() {
        return pagesChecked;
    }

    /**
     * A screenshot of the whole page, kept in {@code target/screenshots} for reading after a run, and written to
     * the README's {@code docs/} folder when it has none yet or {@code -Dsvuk.screenshots=update} asks for fresh ones.
     */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height + 120, 600), 4000)));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        driver.manage().window().setSize(window);
        try {
            Path kept = repository.resolve("end-to-end/target/screenshots/" + name + ".png");
            Files.createDirectories(kept.getParent());
            Files.write(kept, png);
            Path documented = repository.resolve("docs/" + name + ".png");
            if (!Files.exists(documented) || "update".equals(System.getProperty("svuk.screenshots"))) {
                Files.createDirectories(documented.getParent());
                Files.write(documented, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks every page passes: no access token anywhere the browser can see, and axe-core finds nothing serious. */
    private Browser checked() {
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        String url = driver.getCurrentUrl();
        assertThat(JWT.matcher(url).find()).as("a JWT in the address %s", url).isFalse();
        assertThat(JWT.matcher(driver.getPageSource()).find()).as("a JWT in the source of %s", url).isFalse();
        assertThat(driver.manage().getCookies()).as("cookies on %s", url)
                .noneMatch(cookie -> JWT.matcher(cookie.getValue()).find() || cookie.getValue().startsWith("eyJ"));
        List<Violation> serious = seriousAccessibilityViolations();
        assertThat(serious).as("serious or critical accessibility violations on %s:%n%s", url, serious.stream()
                .map(Violation::toString).collect(Collectors.joining(System.lineSeparator()))).isEmpty();
        pagesChecked++;
        return this;
    }

    /**
     * What axe-core finds serious or critical on the page as it stands, by the WCAG 2.2 A and AA rules. axe-core
     * is on every page from its start (Chromium adds the script to each new document, asked once through
     * DevTools' {@code Page.addScriptToEvaluateOnNewDocument} when the browser starts), so a check only runs it:
     * about 150 ms a page here, against 650 ms for Deque's {@link AxeBuilder}, which sends the 550 KB script
     * through the driver to every page and reads back the whole result.
     */
    List<Violation> seriousAccessibilityViolations() {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(AXE_RUN);
        if (!(answer instanceof Map<?, ?> result) || result.containsKey("error")) {
            throw new IllegalStateException("axe-core did not run: " + answer);
        }
        return ((List<?>) result.get("violations")).stream().map(Map.class::cast)
                .map(rule -> new Violation((String) rule.get("id"), (String) rule.get("impact"),
                        (String) rule.get("help"), targets((List<?>) rule.get("targets"))))
                .toList();
    }

    private static List<String> targets(List<?> nodes) {
        return nodes.stream().map(String::valueOf).toList();
    }

    /** One rule axe-core found broken, and where. */
    record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return impact + " " + id + ": " + help + " at " + String.join(", ", targets);
        }
    }

    @Override
    public void close() {
        System.out.println("Pages the browser tests checked with axe-core and for tokens: " + pagesChecked);
        driver.quit();
        try (var files = Files.walk(userDataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a profile left under target/ is harmless
        }
    }
}
