package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void theLanguageIsTheFirstOfFrenchOrEnglishTheCallerAccepts() {
        assertEquals(Locale.FRENCH, Problems.locale(null));
        assertEquals(Locale.FRENCH, Problems.locale("de-DE,fr;q=0.5,en;q=0.4"));
        assertEquals(Locale.ENGLISH, Problems.locale("en-GB,en;q=0.8"));
        assertEquals(Locale.ENGLISH, Problems.locale("de, en;q=0.9, fr;q=0.1"));
        assertEquals(Locale.FRENCH, Problems.locale("n'importe quoi ;;"));
    }

    @Test
    void everyProblemHasItsTypeTitleStatusAndDetailInBothLanguages() {
        for (String code : new String[] {"introuvable", "methode", "json-seulement", "corps-json", "requete-invalide",
                "json-invalide", "trop-volumineux", "portee", "jeton", "trop-d-appels", "refuse", "erreur"}) {
            for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
                JsonObject problem = Json.createReader(new StringReader(Problems.json(400, code, locale))).readObject();
                assertEquals(Problems.TYPE + code, problem.getString("type"));
                assertEquals(400, problem.getInt("status"));
                assertTrue(!problem.getString("title").isBlank() && !problem.getString("detail").isBlank(), code);
            }
        }
        assertEquals("Too many calls", Json.createReader(new StringReader(
                Problems.json(429, "trop-d-appels", Locale.ENGLISH))).readObject().getString("title"));
    }
}
