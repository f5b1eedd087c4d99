package io.custmgr.sample.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The README's screenshots, taken by the browser tests at the moment a screen shows what it is for, so that they
 * follow the screens. Each is a PNG of the top of the page in a window of {@link #SIZE}, written to
 * {@code docs/screenshots/<name>.png} at the repository root: the folder is the system property
 * {@value #DIR_PROPERTY} (set by the launcher's Failsafe configuration), else found by walking up from the working
 * directory to the root pom.
 *
 * <p>A picture is documentation, not a check: when the window cannot be resized or the file cannot be written, this
 * says so on stderr and the test goes on. A page that does not finish loading or cannot be captured fails the test,
 * as it would at the test's next step.
 */
public final class Screenshots {

    public static final String DIR_PROPERTY = "custmgr.screenshots.dir";
    public static final Dimension SIZE = new Dimension(1280, 900);

    private Screenshots() {
    }

    public static void save(Browser browser, String name) {
        WebDriver.Window window = browser.driver().manage().window();
        Dimension before;
        try {
            before = window.getSize();
            window.setSize(SIZE);
        } catch (WebDriverException e) {
            System.err.println("[browser tests] no screenshot " + name + ": the window cannot be resized: " + e);
            return;
        }
        try {
            browser.until(driver -> "complete".equals(browser.script("return document.readyState")));
            browser.script("window.scrollTo(0, 0);");
            write(name, ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
        } finally {
            window.setSize(before);
        }
    }

    private static void write(String name, byte[] png) {
        Path file = folder().resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            System.err.println("[browser tests] cannot write screenshot " + file + ": " + e);
        }
    }

    private static Path folder() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        Path dir = Paths.get("").toAbsolutePath();
        for (Path candidate = dir; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("sample-site"))) {
                return candidate.resolve("docs").resolve("screenshots");
            }
        }
        return dir.resolve("target").resolve("screenshots");
    }
}
