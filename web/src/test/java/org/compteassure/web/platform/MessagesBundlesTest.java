package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The page bundles stay tidy (each key once, the same keys in both languages) and their generated labels grammatical. */
public class MessagesBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"messages_fr.properties", "messages_en.properties"})
    void noKeyIsWrittenTwice(String bundle) {
        Set<String> seen = new TreeSet<>();
        List<String> twice = new ArrayList<>();
        for (String line : lines(bundle)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertEquals(List.of(), twice, "keys written twice in " + bundle);
    }

    @org.junit.jupiter.api.Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(load("messages_fr.properties").stringPropertyNames(),
                load("messages_en.properties").stringPropertyNames());
    }

    /** /espace/mes-donnees lists every kind of the export by its key: a kind added without one shows ???…???. */
    @org.junit.jupiter.api.Test
    void everyKindOfTheDataExportHasItsLabel() {
        Properties fr = load("messages_fr.properties");
        List<String> missing = new ArrayList<>();
        for (org.compteassure.service.export.ExportSection section
                : org.compteassure.service.export.ExportSection.values()) {
            if (!fr.containsKey("mesDonnees.kind." + section.name())) {
                missing.add(section.name());
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            fr | nav.messages.unread   | 1             | réponse non lue
            fr | nav.messages.unread   | 2             | réponses non lues
            en | nav.messages.unread   | 1             | unread reply
            en | nav.messages.unread   | 3             | unread replies
            fr | documents.monthly.for | d'octobre 2026 | Relevé d'octobre 2026
            fr | verifier.holder.value | DUPONT        | DUPONT, prénom commençant par M
            """)
    void generatedLabelsAreGrammatical(String language, String key, String argument, String expected) {
        Locale locale = Locale.forLanguageTag(language);
        Object value = argument.chars().allMatch(Character::isDigit) ? Integer.valueOf(argument) : argument;
        String pattern = load("messages_" + language + ".properties").getProperty(key);
        assertEquals(expected, new MessageFormat(pattern, locale).format(new Object[] {value, "M"}));
    }

    private static List<String> lines(String name) {
        try (InputStream in = MessagesBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Properties load(String name) {
        try (InputStream in = MessagesBundlesTest.class.getClassLoader().getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
