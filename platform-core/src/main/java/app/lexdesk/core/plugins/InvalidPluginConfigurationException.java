package app.lexdesk.core.plugins;

import java.util.List;

/** A tenant's plugin configuration that its schema or the plugin refused; nothing was saved. */
public class InvalidPluginConfigurationException extends RuntimeException {

    private final List<String> problems;

    public InvalidPluginConfigurationException(List<String> problems) {
        super(String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
