package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestSizeFilterTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=x";

    @Test
    void eachPathTakesWhatItsFieldsNeed() {
        assertEquals(RequestSizeFilter.FORM, RequestSizeFilter.limit("/", FORM));
        assertEquals(RequestSizeFilter.FORM, RequestSizeFilter.limit("/", MULTIPART), "no file on the login page");
        assertEquals(RequestSizeFilter.FORM, RequestSizeFilter.limit("/admin/imports", FORM));
        assertEquals(RequestSizeFilter.IMPORT, RequestSizeFilter.limit("/admin/imports", MULTIPART));
        assertEquals(RequestSizeFilter.MESSAGE_WITH_FILES, RequestSizeFilter.limit("/espace/nouveau-message", MULTIPART));
        assertEquals(RequestSizeFilter.FORM, RequestSizeFilter.limit("/espace//nouveau-message", MULTIPART),
                "an odd spelling gets the smaller limit");
        assertEquals(RequestSizeFilter.API, RequestSizeFilter.limit("/api/assures/2850575056123", "application/json"));
        assertEquals(RequestSizeFilter.PAYMENT_FEED, RequestSizeFilter.limit("/api/paiements", "application/json"));
        assertEquals(RequestSizeFilter.API, RequestSizeFilter.limit("/api/cartes/1/statut", null));
        assertTrue(RequestSizeFilter.MESSAGE_WITH_FILES > 3L * 5 * 1024 * 1024,
                "three files a little too big are each refused by name, by the application");
        assertTrue(RequestSizeFilter.FORM >= 10 * 10_000 * 3, "ten fields of 10 000 characters, each escaped");
    }
}
