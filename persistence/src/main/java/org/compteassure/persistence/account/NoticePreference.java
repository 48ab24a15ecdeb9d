package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * How a person wants one {@link NoticeKind} of notice: by e-mail, by letter, or both (never neither). No row: the
 * way notices went before preferences existed (e-mail, or a letter when there is no address to write to).
 */
@Entity
@Table(name = "notice_preference")
@NamedQuery(name = "NoticePreference.findByPerson", query = "SELECT p FROM NoticePreference p "
        + "WHERE p.insuredPersonId = :personId")
public class NoticePreference {

    @Id
    @SequenceGenerator(name = "notice_preference_seq", sequenceName = "notice_preference_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_preference_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private NoticeKind kind;

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;

    @Column(name = "by_letter", nullable = false)
    private boolean byLetter;

    protected NoticePreference() {
    }

    public NoticePreference(long insuredPersonId, NoticeKind kind, boolean byEmail, boolean byLetter) {
        this.insuredPersonId = insuredPersonId;
        this.kind = kind;
        set(byEmail, byLetter);
    }

    public final void set(boolean email, boolean letter) {
        if (!email && !letter) {
            throw new IllegalArgumentException("A notice goes by e-mail, by letter or both");
        }
        this.byEmail = email;
        this.byLetter = letter;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public boolean isByEmail() {
        return byEmail;
    }

    public boolean isByLetter() {
        return byLetter;
    }
}
