package org.compteassure.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Properties;
import org.compteassure.web.platform.MessagesBundlesTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A staff member who is adviser and administrator sees one menu: no two of its items may read alike. */
class NavigationTest {

    @ParameterizedTest(name = "{0}, insured: {1}")
    @CsvSource({"messages_fr.properties, true", "messages_fr.properties, false", "messages_en.properties, true",
            "messages_en.properties, false"})
    void noTwoItemsOfAMenuHaveTheSameName(String bundle, boolean insured) {
        Properties messages = MessagesBundlesTest.load(bundle);
        List<String> names = Navigation.labelKeys(insured).stream().map(messages::getProperty).toList();
        assertEquals(names.stream().distinct().toList(), names, "menu items in " + bundle);
    }
}
