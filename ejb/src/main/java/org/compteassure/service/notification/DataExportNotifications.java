package org.compteassure.service.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.persistence.notification.PostalLetter;
import org.compteassure.service.export.DataExportEvents.Ready;

/**
 * Tells a person that the export of their data is ready, as their notice preferences say for documents (by e-mail,
 * letter or both), in the transaction that completed it.
 */
@ApplicationScoped
public class DataExportNotifications {

    @Inject
    private Notices notices;

    void onReady(@Observes Ready event) {
        NoticeTexts french = NoticeTexts.in(Locale.FRENCH);
        notices.tell(event.personId(), NoticeKind.DOCUMENT, Notices.ANY_ACCOUNT, false,
                (name, mails) -> mails.dataExportReady(name, event.expiresAt(), notices.link("/espace/mes-donnees")),
                notices.plainLetter(PostalLetter.Notice.DOCUMENT,
                        french.format("letter.notice.dataExport", french.date(event.expiresAt()))));
    }
}
