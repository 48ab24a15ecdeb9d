package org.compteassure.service.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.compteassure.persistence.messaging.Message.Kind;
import org.compteassure.service.messaging.LastWord.Word;
import org.junit.jupiter.api.Test;

class LastWordTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void aThreadWaitsOnlyWhileThePersonHasTheLastWord() {
        List<Word> words = List.of(
                // 1: asked, never answered: waits since the question
                word(1, Kind.FROM_INSURED, 0, 1),
                // 2: asked, answered: waits for the person, not for the desk
                word(2, Kind.FROM_INSURED, 0, 2), word(2, Kind.REPLY, 60, 3),
                // 3: asked, answered, asked twice again: waits since the first question after the reply
                word(3, Kind.FROM_INSURED, 0, 4), word(3, Kind.REPLY, 60, 5), word(3, Kind.FROM_INSURED, 120, 7),
                word(3, Kind.FROM_INSURED, 180, 8),
                // 4: the same instant, the reply written after: answered (ids break the tie)
                word(4, Kind.FROM_INSURED, 30, 9), word(4, Kind.REPLY, 30, 10));
        assertEquals(Map.of(1L, T0, 3L, T0.plusSeconds(120 * 60)), LastWord.waitingSince(words));
    }

    private static Word word(long thread, Kind kind, long minutes, long id) {
        return new Word(thread, kind, T0.plusSeconds(minutes * 60), id);
    }
}
