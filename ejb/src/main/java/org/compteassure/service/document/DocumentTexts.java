package org.compteassure.service.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the documents, from {@code documents_fr.properties}: documents are in French, the fund's language. */
final class DocumentTexts {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "org.compteassure.service.document.documents", Locale.FRENCH, DocumentTexts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private DocumentTexts() {
    }

    /** The text of that key, or {@code fallback} when the bundle has none (a regime the texts do not name). */
    static String textOr(String key, String fallback) {
        return BUNDLE.containsKey(key) ? BUNDLE.getString(key) : fallback;
    }

    static String text(String key, Object... arguments) {
        return new MessageFormat(BUNDLE.getString(key), Locale.FRENCH).format(arguments);
    }
}
