package io.custmgr.sample.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Headless Debian Chromium driven through the Debian chromedriver. Both executables are given to Selenium
 * explicitly, so Selenium Manager never runs (nothing is downloaded). Each browser gets a fresh profile folder,
 * deleted again by {@link #close()}.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = System.getProperty("custmgr.browser.binary", "/usr/bin/chromium");
    public static final String CHROMEDRIVER = System.getProperty("custmgr.browser.driver", "/usr/bin/chromedriver");
    public static final Path FAILURES = Paths.get("target", "browser-failures");
    public static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        Path profile;
        try {
            profile = Files.createTempDirectory("custmgr-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a Chromium profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(profile);
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /** Waits up to {@link #WAIT} for the element to be present and shown. */
    public WebElement waitVisible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public <T> T until(Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that answers through its callback, the last of its {@code arguments}. */
    public Object asyncScript(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    /**
     * Clicks an element after scrolling it to the middle of the window: the admin's fixed header covers whatever
     * Chromium scrolls to the very top, and would take the click.
     */
    public void clickCentered(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Runs an action that loads a new page (a link click, a form post) and waits until the old page is gone and the
     * new one has finished loading.
     */
    public void andWaitForNewPage(Runnable action) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        until(d -> isGone(oldPage));
        until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Like Selenium's stalenessOf, but Chromium may also answer "Node ... does not belong to the document" (an
     * unknown error, not a stale element) while it swaps the page: that, too, means the old page is gone.
     */
    private static boolean isGone(WebElement oldPage) {
        try {
            oldPage.isEnabled();
            return false;
        } catch (StaleElementReferenceException e) {
            return true;
        } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Saves a screenshot, the page source and the URL under {@code target/browser-failures/}. */
    public void saveFailureArtifacts(String name) {
        String base = safeFileName(name) + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HHmmss-SSS"));
        try {
            Files.createDirectories(FAILURES);
            String url;
            try {
                url = driver.getCurrentUrl();
            } catch (RuntimeException e) {
                url = "(unknown: " + e + ")";
            }
            Files.write(FAILURES.resolve(base + ".url.txt"), (url + "\n").getBytes(StandardCharsets.UTF_8));
            try {
                Files.write(FAILURES.resolve(base + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            } catch (RuntimeException e) {
                System.err.println("[browser tests] no screenshot for " + name + ": " + e);
            }
            try {
                Files.write(FAILURES.resolve(base + ".html"), driver.getPageSource().getBytes(StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                System.err.println("[browser tests] no page source for " + name + ": " + e);
            }
            System.err.println("[browser tests] failure artifacts: " + FAILURES.toAbsolutePath().resolve(base) + ".*");
        } catch (IOException e) {
            System.err.println("[browser tests] cannot write failure artifacts for " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static String safeFileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[browser tests] could not delete " + folder + ": " + e);
        }
    }
}
