package app.lexdesk.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChromiumChoiceTest {

    final Map<String, String> properties = new HashMap<>(Map.of("os.name", "Linux", "user.home", "/home/dev"));
    final Map<String, String> environment = new HashMap<>(Map.of("PATH", "/usr/local/bin:/usr/bin:/bin"));
    final Set<Path> executables = new HashSet<>();

    @Test
    void debians_chromium_is_driven_and_playwright_downloads_nothing() {
        executables.add(Path.of("/usr/bin/chromium"));
        executables.add(Path.of("/usr/bin/google-chrome"));

        assertThat(choice().choose()).isEqualTo(new ChromiumChoice.Launch(Optional.of(Path.of("/usr/bin/chromium")),
                false));
    }

    @Test
    void a_chromium_or_chrome_on_the_path_is_found_by_its_usual_names() {
        executables.add(Path.of("/usr/local/bin/chromium-browser"));
        assertThat(choice().choose().executable()).contains(Path.of("/usr/local/bin/chromium-browser"));

        executables.clear();
        executables.add(Path.of("/bin/google-chrome-stable"));
        assertThat(choice().choose().executable()).contains(Path.of("/bin/google-chrome-stable"));
    }

    @Test
    void on_macos_google_chrome_in_applications_is_found() {
        properties.put("os.name", "Mac OS X");
        environment.put("PATH", "/opt/homebrew/bin:/usr/bin");
        Path chrome = Path.of("/Users/dev/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
        properties.put("user.home", "/Users/dev");
        executables.add(chrome);

        assertThat(choice().choose()).isEqualTo(new ChromiumChoice.Launch(Optional.of(chrome), false));
    }

    @Test
    void macos_applications_are_not_looked_for_on_linux() {
        assertThat(choice().candidates()).noneMatch(p -> p.toString().contains(".app/"));
    }

    @Test
    void the_browser_named_by_property_or_environment_wins_over_the_installed_one() {
        executables.add(Path.of("/usr/bin/chromium"));
        executables.add(Path.of("/opt/chrome/chrome"));
        executables.add(Path.of("/opt/other/chrome"));

        environment.put("LEXDESK_BROWSER_EXECUTABLE", "/opt/other/chrome");
        assertThat(choice().choose().executable()).contains(Path.of("/opt/other/chrome"));
        properties.put("lexdesk.browser.executable", "/opt/chrome/chrome");
        assertThat(choice().choose().executable()).contains(Path.of("/opt/chrome/chrome"));
    }

    @Test
    void a_named_browser_that_is_not_there_fails_with_one_line_naming_it() {
        executables.add(Path.of("/usr/bin/chromium"));
        properties.put("lexdesk.browser.executable", "/opt/missing/chrome");

        assertThatThrownBy(() -> choice().choose()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("lexdesk.browser.executable=/opt/missing/chrome is not an executable file")
                .message().doesNotContain("\n");
    }

    @Test
    void without_an_installed_browser_playwright_downloads_its_own() {
        assertThat(choice().choose()).isEqualTo(new ChromiumChoice.Launch(Optional.empty(), true));

        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "0");
        assertThat(choice().choose().download()).as("Playwright reads 0 as 'do download'").isTrue();
    }

    @Test
    void without_an_installed_browser_and_downloads_switched_off_it_fails_with_one_line_saying_what_to_install() {
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

        assertThatThrownBy(() -> choice().choose()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("No Chromium found: install it (Debian: apt-get install chromium")
                .hasMessageContaining("unset PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD")
                .message().doesNotContain("\n");
    }

    @Test
    void with_downloads_switched_off_an_installed_browser_is_still_driven() {
        environment.put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        executables.add(Path.of("/usr/bin/chromium"));

        assertThat(choice().choose().executable()).contains(Path.of("/usr/bin/chromium"));
    }

    private ChromiumChoice choice() {
        return new ChromiumChoice(properties::get, environment::get, executables::contains);
    }
}
