package piggyback.api.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (no browser or driver is
 * downloaded: both paths are given, so Selenium Manager never runs). One browser per test, with
 * a fresh profile; pages are opened relative to the application under test.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("piggyback.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("piggyback.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path screenshots, Path profile) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, WAIT);
        this.base = base;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    /**
     * Starts Chromium for the app on {@code port}; screenshots go to
     * {@code target/screenshots/<folder>/}. Extra switches (for example the fake microphone's)
     * are added to the standard headless ones.
     */
    public static Browser open(int port, String folder, String... extraSwitches) {
        Path profile;
        try {
            profile = Files.createTempDirectory("pb-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> switches = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile));
        switches.addAll(List.of(extraSwitches));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(switches);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        return new Browser(driver, "http://127.0.0.1:" + port, Path.of("target", "screenshots", folder), profile);
    }

    /** Opens a path of the application (e.g. {@code /expert/edit/abc}). */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until an element matching the CSS selector is visible, and returns it. */
    public WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits until the element matching the CSS selector contains the text. */
    public WebElement waitForText(String css, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits up to {@code timeout} until the element matching the selector contains the text. */
    public WebElement waitForText(String css, String text, Duration timeout) {
        new WebDriverWait(driver, timeout)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
        return driver.findElement(By.cssSelector(css));
    }

    /** Waits until the image matching the selector has loaded a picture (natural width above 0). */
    public WebElement loadedImage(String css) {
        WebElement image = visible(css);
        wait.until(d -> ((Number) script("return arguments[0].complete ? arguments[0].naturalWidth : 0", image))
                .intValue() > 0);
        return image;
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks the element, scrolled to the middle of the window first (a sticky bar may cover an edge). */
    public Browser click(String css) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return this;
    }

    /** Clears the field and types the text into it. */
    public Browser type(String css, String text) {
        WebElement field = visible(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Accepts the confirmation dialog the page opened. */
    public Browser acceptDialog() {
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        return this;
    }

    /** The Selenium driver, for what the helpers above do not cover. */
    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Writes a PNG of the page to {@code target/screenshots/<folder>/<name>.png}, then audits the
     * page in that state with axe-core: a serious or critical WCAG 2.2 A/AA violation fails the test.
     * Every state a page test shows is photographed, so every one is audited.
     */
    public Path screenshot(String name) {
        Path file = photograph(name);
        List<String> problems = Accessibility.problems(driver);
        if (!problems.isEmpty()) {
            throw new AssertionError("Accessibility audit of " + name + " (" + driver.getCurrentUrl() + "):\n"
                    + String.join("\n", problems));
        }
        return file;
    }

    private Path photograph(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        org.springframework.util.FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
