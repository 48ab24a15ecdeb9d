package org.compteassure.service.payment;

/**
 * One item of a batch with its position: the index in the JSON array, or the line number in a CSV file. An entry
 * that could not even be read (a line too long, a wrong number of columns) has a {@code problem} and no item.
 */
public record FeedEntry(long position, PaymentItem item, String problem) {

    public static FeedEntry of(long position, PaymentItem item) {
        return new FeedEntry(position, item, null);
    }

    public static FeedEntry unreadable(long position, String problem) {
        return new FeedEntry(position, null, problem);
    }
}
