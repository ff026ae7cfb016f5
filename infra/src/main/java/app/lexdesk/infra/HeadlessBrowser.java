package app.lexdesk.infra;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium driven by Playwright, for the journeys a user walks. Drives the Chromium or Chrome installed on
 * the machine when there is one (our machines and CI cannot download Playwright's own browser), otherwise lets
 * Playwright download its browser; see {@link ChromiumChoice}.
 */
public final class HeadlessBrowser implements AutoCloseable, AfterAllCallback {

    private Playwright playwright;
    private Browser browser;

    /**
     * Register in a test class with {@code @RegisterExtension static final HeadlessBrowser browser = new
     * HeadlessBrowser();}: Chromium starts with the first page and stops after the class's tests.
     */
    public HeadlessBrowser() {
    }

    private synchronized Browser browser() {
        if (browser != null) {
            return browser;
        }
        ChromiumChoice.Launch launch = ChromiumChoice.onThisMachine().choose();
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        launch.executable().ifPresent(options::setExecutablePath);
        try {
            // Playwright.create installs its browsers unless told not to; with a browser of the machine it must not.
            playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(
                    ChromiumChoice.SKIP_DOWNLOAD_VARIABLE, launch.download() ? "0" : "1")));
            browser = playwright.chromium().launch(options);
        } catch (RuntimeException e) {
            close();
            // One line, not Playwright's boxed multi-line advice: it names npx commands that do not apply here.
            String reason = firstLine(rootCause(e).getMessage());
            throw new IllegalStateException(launch.executable()
                    .map(path -> "Chromium at " + path + " did not start: " + reason)
                    .orElse(ChromiumChoice.NOT_FOUND + " (Playwright's own browser could not be had: " + reason + ")"));
        }
        return browser;
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The first informative line; Playwright wraps its messages in an {@code Error { message='…'} block. */
    private static String firstLine(String message) {
        return message == null ? "no reason given" : message.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.equals("Error {"))
                .map(line -> line.startsWith("message='") ? line.substring("message='".length()) : line)
                .findFirst().orElse("no reason given");
    }

    /** A fresh browser profile (no cookies) whose language is {@code locale}, e.g. {@code fr-FR}. */
    public Page newPage(String locale) {
        BrowserContext context = browser().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 800));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /**
     * Fills Keycloak's real login form. In a realm with Organizations, Keycloak asks for the username first
     * (to route to an organization's identity provider) and for the password on a second page; other realms
     * ask for both on one page.
     */
    public static void logIn(Page page, String username, String password) {
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    /** {@link #logIn(Page, String, String)} with the demo password. */
    public static void logIn(Page page, String username) {
        logIn(page, username, DemoData.PASSWORD);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }
}
