package app.lexdesk.ui.common;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import elemental.json.JsonValue;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds, in a browserless UI, what would show Vaadin's English defaults on a page of another language: a component
 * whose own texts were never set (the browser then uses its English ones), and any English default word among the
 * texts, properties, attributes and i18n objects of every component.
 */
public final class EnglishDefaults {

    /** What Vaadin's components say unless told otherwise, as whole words. */
    public static final List<String> WORDS = List.of("Upload Files...", "Upload File...", "Upload Files",
            "Drop files here", "Drop file here", "Cancel", "Confirm", "Reject", "Today", "January", "February",
            "March", "December", "Monday", "Sunday", "File is too Big.", "Too Many Files.",
            "Incorrect File Type.", "Server Unavailable", "Unexpected Server Error", "Connecting...", "Stalled",
            "Processing File...", "Queued", "remaining time", "More options", "Retry", "Remove", "Start");

    private static final List<Pattern> PATTERNS = WORDS.stream()
            .map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")).toList();

    private EnglishDefaults() {
    }

    /** Every finding under {@code root}, each saying which component and what. */
    public static List<String> in(Component root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Component c, List<String> found) {
        String name = c.getClass().getSimpleName() + c.getId().map(id -> "#" + id).orElse("");
        Object i18n = null;
        if (c instanceof Upload u) {
            i18n = missing(u.getI18n(), name, found);
        } else if (c instanceof DatePicker d) {
            i18n = missing(d.getI18n(), name, found);
        } else if (c instanceof MultiSelectComboBox<?> m) {
            i18n = missing(m.getI18n(), name, found);
        } else if (c instanceof MenuBar m) {
            i18n = missing(m.getI18n(), name, found);
        } else if (c instanceof SideNav n) {
            i18n = missing(n.getI18n(), name, found);
        } else if (c instanceof AppLayout a) {
            i18n = missing(a.getI18n(), name, found);
        }
        if (c instanceof ConfirmDialog) {
            for (String property : List.of("confirmText", "cancelText", "rejectText")) {
                if (c.getElement().getProperty(property) == null) {
                    found.add(name + " has no " + property);
                }
            }
        }
        List<String> texts = new ArrayList<>();
        strings(i18n, texts, 0);
        texts.addAll(ownTexts(c.getElement()));
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (int i = 0; i < PATTERNS.size(); i++) {
                if (PATTERNS.get(i).matcher(text).find()) {
                    found.add(name + " says \"" + WORDS.get(i) + "\" in: " + text);
                }
            }
        }
        c.getChildren().forEach(child -> walk(child, found));
    }

    private static Object missing(Object i18n, String name, List<String> found) {
        if (i18n == null) {
            found.add(name + " has no i18n: the browser shows its English defaults");
        }
        return i18n;
    }

    private static List<String> ownTexts(Element element) {
        List<String> texts = new ArrayList<>();
        texts.add(element.getText());
        element.getPropertyNames().forEach(p -> {
            Object raw = element.getPropertyRaw(p);
            texts.add(raw instanceof JsonValue json ? json.toJson() : String.valueOf(raw));
        });
        element.getAttributeNames().forEach(a -> texts.add(element.getAttribute(a)));
        return texts;
    }

    /** The strings of an i18n object, its nested objects and lists included. */
    private static void strings(Object value, List<String> into, int depth) {
        if (value == null || depth > 5) {
            return;
        }
        if (value instanceof String s) {
            into.add(s);
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> strings(item, into, depth + 1));
            return;
        }
        if (!value.getClass().getName().startsWith("com.vaadin.flow.component")) {
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                    && !getter.getName().equals("getClass") && !Modifier.isStatic(getter.getModifiers())) {
                try {
                    strings(getter.invoke(value), into, depth + 1);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(getter.toString(), e);
                }
            }
        }
    }
}
