package org.contenthub.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium as the browser tests use it: Dutch, no network of its own, and the few
 * things every test asks of a page (wait, texts, axe-core, a screenshot to look at).
 */
final class Chromium implements AutoCloseable {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  final WebDriver driver;

  private Chromium(WebDriver driver) {
    this.driver = driver;
  }

  /** A fresh browser, 1280 pixels wide and {@code height} high. */
  static Chromium open(int height) {
    System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280," + height,
        "--lang=nl-NL");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
    return new Chromium(new ChromeDriver(ChromeDriverService.createDefaultService(), options));
  }

  WebDriverWait await() {
    // A page the wait reads may be replaced while it reads it (a form posted, htmx): Chromium then
    // reports a stale element or a node "not in the document". Read again; on a time-out the last
    // of these errors is reported.
    return (WebDriverWait)
        new WebDriverWait(driver, Duration.ofSeconds(15))
            .ignoring(StaleElementReferenceException.class)
            .ignoring(WebDriverException.class);
  }

  List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** axe-core in the page: no serious or critical accessibility violations. */
  void assertAccessible(String page) {
    Results results = new AxeBuilder().analyze(driver);
    List<String> serious =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .map(Chromium::describe)
            .toList();
    assertThat(serious).as("accessibility of the %s page", page).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + ": "
        + rule.getHelp()
        + " "
        + rule.getNodes().stream().map(n -> n.getTarget().toString()).toList();
  }

  /** Saved under target/screenshots, to look at what the test saw. */
  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(
        SCREENSHOTS.resolve(name + ".png"),
        ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
