package org.compteassure.service.messaging;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compteassure.persistence.messaging.Message.Kind;

/**
 * Which open threads wait for an adviser: those where the insured person has the last word (internal notes do not
 * count), waiting since their first message after the last reply. A thread the fund answered last waits for the
 * person, not for the desk.
 */
final class LastWord {

    /** One message of an open thread, as the inbox needs it: its thread, kind, time and id (ties). */
    record Word(long threadId, Kind kind, Instant at, long id) {
    }

    private static final Comparator<Word> ORDER = Comparator.comparing(Word::at).thenComparingLong(Word::id);

    private LastWord() {
    }

    /** The threads waiting for an adviser, each with the moment the person began waiting. */
    static Map<Long, Instant> waitingSince(List<Word> words) {
        Map<Long, Instant> waiting = new HashMap<>();
        words.stream().sorted(ORDER).forEach(word -> {
            if (word.kind() == Kind.REPLY) {
                waiting.remove(word.threadId());
            } else if (word.kind() == Kind.FROM_INSURED) {
                waiting.putIfAbsent(word.threadId(), word.at());
            }
        });
        return waiting;
    }
}
