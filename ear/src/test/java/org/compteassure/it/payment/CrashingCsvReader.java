package org.compteassure.it.payment;

import jakarta.annotation.Priority;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import org.compteassure.service.payment.FeedEntry;
import org.compteassure.service.payment.PaymentCsvReader;

/**
 * Test deployments only (added to ejb.jar): the import job's reader, under the name the job XML refers to, that
 * fails at the line a test armed in {@link RehearsedCrash}, after the chunks before it committed. Production has no
 * such hook: this alternative exists only in the deployments that add it.
 */
@Named("paymentCsvReader")
@Dependent
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
public class CrashingCsvReader extends PaymentCsvReader {

    @Inject
    @BatchProperty(name = "importId")
    private String crashImportId;

    @Inject
    private RehearsedCrash crash;

    @Override
    public Object readItem() throws IOException {
        Object item = super.readItem();
        if (item instanceof FeedEntry entry && crash.due(Long.parseLong(crashImportId), entry.position())) {
            throw new IllegalStateException("Rehearsed crash at line " + entry.position());
        }
        return item;
    }
}
