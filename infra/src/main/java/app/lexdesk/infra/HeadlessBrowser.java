package app.lexdesk.infra;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium driven by Playwright, for the journeys a user walks. Uses Debian's
 * {@code /usr/bin/chromium} when present (our machines cannot download Playwright's own browser),
 * otherwise Playwright's default.
 */
public final class HeadlessBrowser implements AutoCloseable, AfterAllCallback {

    private static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");

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
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(List.of(
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"));
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM);
        }
        browser = playwright.chromium().launch(options);
        return browser;
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
            playwright.close();
            browser = null;
        }
    }
}
