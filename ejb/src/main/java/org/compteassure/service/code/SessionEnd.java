package org.compteassure.service.code;

import org.compteassure.persistence.code.UserSession;

/** Whether a session is still open, else the one reason it is over, each said in its own words on the login page. */
public enum SessionEnd {
    STILL_OPEN,
    /** Ended from another browser, by an adviser or an administrator. */
    ENDED,
    /** Ended because the account was closed. */
    ACCOUNT_CLOSED,
    /** No request for 30 minutes (staff: 15). */
    IDLE,
    /** The 12-hour limit (staff: 10). */
    TOO_OLD;

    static SessionEnd of(UserSession.State state, boolean accountClosed) {
        return switch (state) {
            case OPEN -> STILL_OPEN;
            case ENDED -> accountClosed ? ACCOUNT_CLOSED : ENDED;
            case IDLE -> IDLE;
            case TOO_OLD -> TOO_OLD;
        };
    }

    /** The login page's {@code ?info=} for this end ({@code index.info.*}, {@code conseiller.info.*}). */
    public String info() {
        return switch (this) {
            case STILL_OPEN -> null;
            case ENDED -> "fermee";
            case ACCOUNT_CLOSED -> "resilie";
            case IDLE -> "expiree";
            case TOO_OLD -> "limite";
        };
    }
}
