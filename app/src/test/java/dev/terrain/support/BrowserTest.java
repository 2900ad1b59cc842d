package dev.terrain.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import dev.terrain.organization.CurrentUser;
import dev.terrain.organization.Role;
import dev.terrain.organization.SecurityFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Base of the {@code *BrowserTests}: the whole application on a random port, driven by Debian's headless
 * Chromium through Selenium. Each test class gets one browser with a fresh profile; every test starts signed
 * out in English. {@code TERRAIN_CHROMIUM} and {@code TERRAIN_CHROMEDRIVER} point elsewhere when needed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PasswordEncoder encoder;

    protected WebDriver driver;

    protected SecurityFixtures users;

    private Path profile;

    @BeforeAll
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("terrain-chromium-");
        var options = new ChromeOptions();
        options.setBinary(setting("TERRAIN_CHROMIUM", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(setting("TERRAIN_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        users = new SecurityFixtures(jdbc, encoder);
    }

    @AfterAll
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    @BeforeEach
    void signedOutInEnglish() {
        open("/login");
        driver.manage().deleteAllCookies();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebElement waitFor(By locator) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected void waitForText(By locator, String text) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    protected void waitForUrlContaining(String part) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlContains(part));
    }

    /** A new user of the role; the password is {@link SecurityFixtures#PASSWORD}. */
    protected CurrentUser newUser(Role role) {
        return users.user(role);
    }

    /** Fills in and sends the sign-in form; does not wait for the result. */
    protected void submitSignIn(String email, String password) {
        open("/login");
        var username = waitFor(By.id("username"));
        username.clear();
        username.sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }

    /** Signs in and waits for the start page. */
    protected void signIn(CurrentUser user) {
        submitSignIn(user.email(), SecurityFixtures.PASSWORD);
        waitFor(By.id("sign-out"));
    }

    private static String setting(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
