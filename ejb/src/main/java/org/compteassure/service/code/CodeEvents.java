package org.compteassure.service.code;

import java.time.Instant;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;

/**
 * What happens to secret codes that the person must hear about. Fired inside the transaction; the notification
 * feature turns each into an e-mail or a letter in that same transaction. They carry secrets: never log them.
 */
public final class CodeEvents {

    private CodeEvents() {
    }

    /**
     * A link (e-mail) or a provisional code (letter) to choose a definitive code. An e-mailed link goes to
     * {@code address} when there is one (the address typed at creation, not the account's until the link is
     * followed), else to the account's address.
     */
    public record SetCodeIssued(long accountId, Reason reason, Channel channel, String secret, String address) {

        public SetCodeIssued(long accountId, Reason reason, Channel channel, String secret) {
            this(accountId, reason, channel, secret, null);
        }

        @Override
        public String toString() {
            return "SetCodeIssued[account " + accountId + ", " + reason + " by " + channel + "]";
        }
    }

    /** The 6-digit code of the second login step. */
    public record LoginCodeIssued(long accountId, String code) {
        @Override
        public String toString() {
            return "LoginCodeIssued[account " + accountId + "]";
        }
    }

    /** Repeated wrong codes locked the account for the first time in a series. */
    public record AccountLocked(long accountId, Instant until) {
    }

    /** The person chose their definitive code. */
    public record CodeChosen(long accountId, Reason reason, Instant when) {
    }

    /** The person changed their code while logged in ("Changer mon code"): told by e-mail and by post. */
    public record CodeChanged(long accountId, Instant when) {
    }

    /** A link that confirms a new e-mail address, to send to that address. */
    public record EmailChangeIssued(long accountId, String newEmail, String token) {
        @Override
        public String toString() {
            return "EmailChangeIssued[account " + accountId + "]";
        }
    }
}
