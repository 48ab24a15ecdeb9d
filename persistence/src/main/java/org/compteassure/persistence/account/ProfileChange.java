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
import java.time.Instant;

/**
 * One change of a person's details, kept for good: what it was, what it became, when and through which channel, so
 * that the person and their fund can trace any change (a fraudulent IBAN change above all). Bank details are kept
 * masked: the history is shown on screen.
 */
@Entity
@Table(name = "profile_change")
@NamedQuery(name = "ProfileChange.findByPerson", query = "SELECT c FROM ProfileChange c "
        + "WHERE c.insuredPersonId = :personId ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(name = "ProfileChange.findByPersonFieldSince", query = "SELECT c FROM ProfileChange c "
        + "WHERE c.insuredPersonId = :personId AND c.field = :field AND c.changedAt >= :since ORDER BY c.changedAt, c.id")
public class ProfileChange {

    public enum Field { ADDRESS, PHONE, NOTIFICATIONS, EMAIL, BANK_DETAILS, FRANCECONNECT }

    /** Where the change came from: the person online, or the claims system's register update. */
    public enum Channel { ONLINE, REGISTER }

    /** Longest value kept (the column's size). */
    public static final int MAX_VALUE = 300;

    @Id
    @SequenceGenerator(name = "profile_change_seq", sequenceName = "profile_change_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_change_seq")
    private Long id;

    @Column(name = "insured_person_id", nullable = false)
    private long insuredPersonId;

    @Enumerated(EnumType.STRING)
    @Column(name = "field", nullable = false, length = 20)
    private Field field;

    @Column(name = "old_value", length = MAX_VALUE)
    private String oldValue;

    @Column(name = "new_value", length = MAX_VALUE)
    private String newValue;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Channel channel;

    protected ProfileChange() {
    }

    public ProfileChange(long insuredPersonId, Field field, String oldValue, String newValue, Instant changedAt,
                         Channel channel) {
        this.insuredPersonId = insuredPersonId;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.changedAt = changedAt;
        this.channel = channel;
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }

    public Long getId() {
        return id;
    }

    public long getInsuredPersonId() {
        return insuredPersonId;
    }

    public Field getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Channel getChannel() {
        return channel;
    }
}
