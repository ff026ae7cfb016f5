package app.lexdesk.ui.backoffice.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** The message under a group of inputs (a field row, a list) that the core found fault with. */
final class ErrorText extends Span {

    ErrorText() {
        addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    /** {@link HasValidation} for a component whose problems show in an {@link ErrorText}. */
    interface Shown extends HasValidation {

        ErrorText errorText();

        Element getElement();

        @Override
        default void setErrorMessage(String errorMessage) {
            errorText().setText(errorMessage == null ? "" : errorMessage);
        }

        @Override
        default String getErrorMessage() {
            return errorText().getText();
        }

        @Override
        default void setInvalid(boolean invalid) {
            errorText().setVisible(invalid);
            getElement().setAttribute("invalid", invalid);
        }

        @Override
        default boolean isInvalid() {
            return errorText().isVisible();
        }
    }
}
