package org.compteassure.service.payment;

import java.util.List;

/**
 * What a batch did: payments inserted, updated (status moved), unchanged (sent again), and the entries refused with
 * their reasons. When the API refuses a batch, the counts are zero: nothing was written.
 */
public record FeedResult(int inserted, int updated, int unchanged, List<Rejection> rejections) {

    /** An entry refused: its position (index or line), the reference if it had one, the reasons in French. */
    public record Rejection(long position, String reference, String reason) {
    }
}
