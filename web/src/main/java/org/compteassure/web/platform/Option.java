package org.compteassure.web.platform;

/**
 * One {@code <option>} of a plain (GET form) select, written by {@code <ca:options items="#{…}"/>}
 * (WEB-INF/tags/options.xhtml); {@code selected} marks the current choice.
 */
public record Option(String value, String label, boolean selected) {
}
