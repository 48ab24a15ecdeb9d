package org.compteassure.service.payment;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The end of an import job: the step after the last chunk marks the import completed; if the job ends any other
 * way (stopped, failed), the listener leaves it resumable.
 */
public final class PaymentImportEnd {

    private PaymentImportEnd() {
    }

    /** Last step: every line was read and committed. */
    @Named("paymentImportCompleted")
    @Dependent
    public static class Completed extends AbstractBatchlet {

        @Inject
        @BatchProperty
        private String importId;

        @EJB
        private PaymentImportService imports;

        @Override
        public String process() {
            imports.completed(Long.parseLong(importId));
            return "COMPLETED";
        }
    }

    /** After the job, however it ended. */
    @Named("paymentImportListener")
    @Dependent
    public static class Listener extends AbstractJobListener {

        @Inject
        @BatchProperty
        private String importId;

        @EJB
        private PaymentImportService imports;

        @Override
        public void afterJob() {
            imports.ended(Long.parseLong(importId));
        }
    }
}
