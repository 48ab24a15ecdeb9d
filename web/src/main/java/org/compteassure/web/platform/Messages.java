package org.compteassure.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The one way backing beans speak to a person: a key of the "messages" bundle, in the page's language, shown at
 * the top of the page (global) or under a field.
 */
public final class Messages {

    private Messages() {
    }

    public static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
    }

    /** Whether the bundle has this key in the page's language (a fallback key is used otherwise). */
    public static boolean exists(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").containsKey(key);
    }

    /** An error about the whole form, shown in the summary at its top. */
    public static void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error under one field; {@code field} is the input's id inside the form (e.g. "code"). */
    public static void fieldError(String formId, String field, String key, Object... arguments) {
        add(formId + ":" + field, FacesMessage.SEVERITY_ERROR, key, arguments);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A success or information message, kept across the redirect that follows a successful form. */
    public static void flash(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
