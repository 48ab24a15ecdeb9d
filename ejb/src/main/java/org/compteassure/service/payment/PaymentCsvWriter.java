package org.compteassure.service.payment;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Applies one chunk of lines through the feed, in the chunk's transaction. */
@Named
@Dependent
public class PaymentCsvWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String importId;

    @EJB
    private PaymentFeed feed;

    @Override
    public void writeItems(List<Object> items) {
        feed.importChunk(Long.parseLong(importId), items.stream().map(FeedEntry.class::cast).toList());
    }
}
