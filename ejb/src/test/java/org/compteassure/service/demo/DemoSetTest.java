package org.compteassure.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import org.compteassure.service.platform.Installation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decision every demo set takes at start: add its rows only when CA_DEMO=true (whatever the database). */
class DemoSetTest {

    private static final String SETTING = "compteassure.demo";

    /** A set that counts how often it was added. */
    private static final class Counted extends DemoSet {

        int added;

        @Override
        boolean isLoaded() {
            return false;
        }

        @Override
        void add() {
            added++;
        }
    }

    @AfterEach
    void forget() {
        System.clearProperty(SETTING);
    }

    private static int startWith(String setting) throws ReflectiveOperationException {
        if (setting == null) {
            System.clearProperty(SETTING);
        } else {
            System.setProperty(SETTING, setting);
        }
        Counted set = new Counted();
        Field installation = DemoSet.class.getDeclaredField("installation");
        installation.setAccessible(true);
        installation.set(set, new Installation());
        set.load();
        return set.added;
    }

    @Test
    void noDemoPersonWithoutCaDemo() throws ReflectiveOperationException {
        assertEquals(0, startWith(null), "CA_DEMO not set");
        assertEquals(0, startWith("false"));
        assertEquals(0, startWith(""));
        assertEquals(1, startWith("true"), "the run command's CA_DEMO=true");
    }
}
