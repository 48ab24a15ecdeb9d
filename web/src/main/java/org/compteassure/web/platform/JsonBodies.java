package org.compteassure.web.platform;

/**
 * What every JSON API checks of a body before a parser sees it: parsers recurse once per level, and a body nested a
 * thousand levels deep would otherwise end in a StackOverflowError (a 500). No body of the APIs nests more than a
 * few levels.
 */
public final class JsonBodies {

    /** Far above the deepest real body (a person, their address, their children: 3 levels). */
    public static final int MAX_DEPTH = 16;

    public static final String TOO_DEEP = "Le corps de la requête imbrique trop d'objets ou de tableaux (au plus "
            + MAX_DEPTH + " niveaux).";

    private JsonBodies() {
    }

    /** Whether objects and arrays nest deeper than {@link #MAX_DEPTH} (brackets inside strings do not count). */
    public static boolean tooDeep(CharSequence json) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                if (++depth > MAX_DEPTH) {
                    return true;
                }
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return false;
    }
}
