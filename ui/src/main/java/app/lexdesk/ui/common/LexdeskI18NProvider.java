package app.lexdesk.ui.common;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * English and French texts from {@code messages*.properties}. The browser's language picks the locale
 * unless the user chose one; a missing key shows as {@code !key!} and is logged (and a test fails on it).
 */
@Component
public class LexdeskI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    static final String BUNDLE = "messages";

    private static final Logger log = LoggerFactory.getLogger(LexdeskI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = FRENCH.getLanguage().equals(locale == null ? null : locale.getLanguage()) ? FRENCH : ENGLISH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, effective);
            return "!" + key + "!";
        }
    }
}
