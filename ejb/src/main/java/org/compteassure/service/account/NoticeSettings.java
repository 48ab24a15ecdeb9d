package org.compteassure.service.account;

import java.time.Instant;
import java.util.Map;
import org.compteassure.persistence.account.NoticeKind;

/**
 * The person's notice preferences as « Mes informations » shows them: a channel for every kind, and whether e-mail
 * replaces paper (their consent, and since when; {@code paperlessSince} null without one).
 */
public record NoticeSettings(Map<NoticeKind, NoticeChannel> channels, boolean paperless, Instant paperlessSince) {
}
