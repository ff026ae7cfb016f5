package app.lexdesk.infra;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Decides which Chromium the browser journeys drive, before anything is launched: a Chromium or Chrome installed on
 * the machine when there is one (Debian's {@code /usr/bin/chromium} on our machines and CI), else the browser
 * Playwright downloads for itself. When neither can be had it refuses with one line that says what to install.
 *
 * <p>The lookups (settings, files) are passed in, so the choice is tested without a browser or a particular machine.
 */
final class ChromiumChoice {

    /** A system property or environment variable ({@code LEXDESK_BROWSER_EXECUTABLE}) naming the browser to drive. */
    static final String EXECUTABLE_PROPERTY = "lexdesk.browser.executable";
    static final String EXECUTABLE_VARIABLE = "LEXDESK_BROWSER_EXECUTABLE";
    /** Playwright's own switch (read from the environment): set, it never downloads a browser. */
    static final String SKIP_DOWNLOAD_VARIABLE = "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD";

    static final String NOT_FOUND = "No Chromium found: install it (Debian: apt-get install chromium; macOS: Google "
            + "Chrome) or set " + EXECUTABLE_PROPERTY + ", or allow Playwright to download its browser";

    private static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");
    private static final List<String> MAC_APPLICATIONS = List.of(
            "Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium");

    /**
     * What to launch: {@code executable} is the installed browser to drive, or empty for the one Playwright
     * downloads ({@code download} then true).
     */
    record Launch(Optional<Path> executable, boolean download) {
    }

    private final Function<String, String> properties;
    private final Function<String, String> environment;
    private final Predicate<Path> executable;
    private final String osName;
    private final String userHome;

    ChromiumChoice(Function<String, String> properties, Function<String, String> environment,
            Predicate<Path> executable) {
        this.properties = properties;
        this.environment = environment;
        this.executable = executable;
        this.osName = properties.apply("os.name") == null ? "" : properties.apply("os.name").toLowerCase(Locale.ROOT);
        this.userHome = properties.apply("user.home");
    }

    /** The choice on this machine: its system properties, environment and files. */
    static ChromiumChoice onThisMachine() {
        return new ChromiumChoice(System::getProperty, System::getenv, Files::isExecutable);
    }

    /**
     * @throws IllegalStateException with a one-line message when no browser can be had: the named executable is
     *     missing, or none is installed and Playwright is told not to download one
     */
    Launch choose() {
        String named = firstSet(properties.apply(EXECUTABLE_PROPERTY), environment.apply(EXECUTABLE_VARIABLE));
        if (named != null) {
            Path path = Path.of(named);
            if (!executable.test(path)) {
                throw new IllegalStateException(EXECUTABLE_PROPERTY + "=" + named + " is not an executable file: "
                        + "point it at Chromium or Chrome, or leave it unset");
            }
            return new Launch(Optional.of(path), false);
        }
        Optional<Path> installed = candidates().stream().filter(executable).findFirst();
        if (installed.isPresent()) {
            return new Launch(installed, false);
        }
        if (downloadForbidden()) {
            throw new IllegalStateException(NOT_FOUND + " (unset " + SKIP_DOWNLOAD_VARIABLE + ")");
        }
        return new Launch(Optional.empty(), true);
    }

    /** Where installed browsers live, most usual first: Debian's package, then the PATH, then macOS applications. */
    List<Path> candidates() {
        List<Path> paths = new ArrayList<>();
        paths.add(Path.of("/usr/bin/chromium"));
        String searchPath = environment.apply("PATH");
        if (searchPath != null) {
            for (String command : COMMANDS) {
                for (String folder : searchPath.split(File.pathSeparator)) {
                    if (!folder.isBlank()) {
                        paths.add(Path.of(folder, command));
                    }
                }
            }
        }
        if (osName.startsWith("mac")) {
            for (String application : MAC_APPLICATIONS) {
                paths.add(Path.of("/Applications", application));
                if (userHome != null) {
                    paths.add(Path.of(userHome, "Applications", application));
                }
            }
        }
        return paths.stream().distinct().toList();
    }

    /** Playwright reads the switch from the environment and treats any value but {@code 0} or {@code false} as set. */
    private boolean downloadForbidden() {
        String skip = environment.apply(SKIP_DOWNLOAD_VARIABLE);
        return skip != null && !skip.equals("0") && !skip.equals("false");
    }

    private static String firstSet(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
