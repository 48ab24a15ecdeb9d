package org.compteassure.service.code;

/** The scopes a native application asks for, one per part of the API (docs/api.md). */
public final class ApiScopes {

    /** /api/v1/moi: identity, beneficiaries, rights. */
    public static final String IDENTITY = "identite";
    /** /api/v1/paiements. */
    public static final String PAYMENTS = "paiements";
    /** /api/v1/documents. */
    public static final String DOCUMENTS = "documents";
    /** /api/v1/cartes-europeennes. */
    public static final String CARD = "carte";
    /** /api/v1/fils: threads and messages, read and written. */
    public static final String MESSAGES = "messagerie";
    /** /api/v1/demarches. */
    public static final String DEMARCHES = "demarches";
    /** /api/v1/avis: the notice preferences (read and changed) and the letters sent by post. */
    public static final String NOTICES = "avis";

    private ApiScopes() {
    }
}
