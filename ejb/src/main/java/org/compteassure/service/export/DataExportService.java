package org.compteassure.service.export;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.compteassure.persistence.account.Account;
import org.compteassure.persistence.account.InsuredPerson;
import org.compteassure.persistence.export.DataExport;
import org.compteassure.service.NotFoundException;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.code.CodeService;
import org.compteassure.service.code.StepUpRefusedException;
import org.compteassure.service.platform.ClockProducer;
import org.compteassure.service.security.Caller;
import org.compteassure.service.security.Roles;

/**
 * « Télécharger mes données » for the insured person: ask for all their data (prepared in the background by
 * {@link DataExportWorker}), follow its progress, and download the ZIP once the secret code is typed again. One
 * export at a time per person: asking again while one is being prepared shows that one, asking again once it is
 * ready replaces it. An export is found by its public id and only ever for its own person: any other id is
 * {@link NotFoundException}, whatever it names.
 */
@Stateless
@RolesAllowed(Roles.INSURED)
public class DataExportService {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Receives the ZIP once the code is confirmed: where to write it, told its file name and size first. */
    @FunctionalInterface
    public interface Receiver {

        OutputStream open(String fileName, long sizeBytes) throws IOException;
    }

    @Inject
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private AccountService accounts;

    @EJB
    private CodeService codes;

    @Inject
    private Caller caller;

    @Inject
    private Event<DataExportEvents.Requested> requested;

    /** The caller's export in preparation or ready, if any (an expired one is as good as deleted). */
    public Optional<ExportStatus> current() {
        Instant now = clock.instant();
        return exportsOf(accounts.person().getId()).stream()
                .filter(e -> e.getExpiresAt().isAfter(now))
                .findFirst()
                .map(DataExportService::status);
    }

    /**
     * Asks for all the caller's data. An export already being prepared is kept (and returned); otherwise any former
     * one is deleted and a new one asked, which a node starts preparing once this transaction commits.
     */
    public ExportStatus request() {
        InsuredPerson person = accounts.person();
        em.lock(person, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        List<DataExport> former = exportsOf(person.getId());
        Optional<DataExport> preparing = former.stream()
                .filter(e -> e.getExpiresAt().isAfter(now))
                .filter(e -> e.getStatus() == DataExport.Status.ASKED || e.getStatus() == DataExport.Status.PREPARING)
                .findFirst();
        if (preparing.isPresent()) {
            return status(preparing.get());
        }
        former.forEach(e -> {
            em.createNamedQuery("DataExportPart.deleteOf").setParameter("exportId", e.getId()).executeUpdate();
            em.remove(e);
        });
        DataExport export = new DataExport(publicId(), person.getId(), ExportSection.steps(), now,
                now.plus(DataExportStore.KEPT));
        em.persist(export);
        em.flush();
        requested.fire(new DataExportEvents.Requested(export.getId()));
        return status(export);
    }

    /**
     * Sends the caller's ready export to {@code receiver}, after their secret code is confirmed again
     * ({@link CodeService#confirmOwnCode}; a wrong code counts as a failed login). Nothing is opened or written
     * unless the export is the caller's, ready and unexpired, and the code right. Read part by part, outside any
     * transaction (a slow download outlives a transaction's timeout).
     *
     * @throws NotFoundException for any id but one of the caller's ready exports
     * @throws StepUpRefusedException for a wrong code (or a locked account)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void download(String exportId, char[] code, Receiver receiver) throws IOException {
        DataExport export = readyExport(exportId);
        StepUpRefusedException.unlessConfirmed(codes.confirmOwnCode(code == null ? new char[0] : code));
        String name = "mes-donnees-" + LocalDate.ofInstant(export.getReadyAt(), ClockProducer.ZONE) + ".zip";
        OutputStream out = receiver.open(name, export.getSizeBytes());
        for (int number = 0; number < export.getParts(); number++) {
            out.write(em.createNamedQuery("DataExportPart.content", byte[].class)
                    .setParameter("exportId", export.getId())
                    .setParameter("number", number)
                    .getSingleResult());
        }
        out.flush();
    }

    private DataExport readyExport(String exportId) {
        if (exportId == null || exportId.length() > 32) {
            throw new NotFoundException("export");
        }
        long personId = em.find(Account.class, caller.accountId()).getInsuredPerson().getId();
        return em.createNamedQuery("DataExport.findByPublicId", DataExport.class)
                .setParameter("publicId", exportId)
                .getResultStream()
                .filter(e -> e.getInsuredPersonId() == personId)
                .filter(e -> e.getStatus() == DataExport.Status.READY && e.getExpiresAt().isAfter(clock.instant()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("export"));
    }

    private List<DataExport> exportsOf(long personId) {
        return em.createNamedQuery("DataExport.findByPerson", DataExport.class)
                .setParameter("personId", personId)
                .getResultList();
    }

    private static ExportStatus status(DataExport e) {
        int percent = e.getStatus() == DataExport.Status.READY ? 100 : 100 * e.getStepsDone() / e.getSteps();
        return new ExportStatus(e.getPublicId(), e.getStatus(), percent, e.getRequestedAt(), e.getReadyAt(),
                e.getExpiresAt(), e.getSizeBytes());
    }

    private static String publicId() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
