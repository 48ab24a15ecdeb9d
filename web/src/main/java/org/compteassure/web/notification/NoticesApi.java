package org.compteassure.web.notification;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.service.account.NoticeChannel;
import org.compteassure.service.account.NoticeSettings;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.notification.LetterService;
import org.compteassure.service.notification.LetterService.SentLetter;
import org.compteassure.web.platform.ApiBodies;
import org.compteassure.web.platform.ApiScope;

/**
 * The person's notices for applications: how each kind of notice reaches them (« Mes informations », read and
 * changed through {@link ProfileService} as the page does) and the letters written to them by post
 * ({@link LetterService#mine}). The security notices are no kind of these: they always go.
 */
@Path("/v1/avis")
@ApiScope(ApiScopes.NOTICES)
@Produces(MediaType.APPLICATION_JSON)
public class NoticesApi {

    @EJB
    private ProfileService profiles;

    @EJB
    private LetterService letters;

    /**
     * The preferences: a channel ({@code EMAIL}, {@code LETTER}, {@code BOTH}) for every kind of notice, whether
     * e-mail replaces paper (the person's consent) and since when (null without it).
     */
    public record Preferences(Map<String, String> channels, boolean paperless, Instant paperlessSince) {

        static Preferences of(NoticeSettings settings) {
            Map<String, String> channels = new LinkedHashMap<>();
            settings.channels().forEach((kind, channel) -> channels.put(kind.name(), channel.name()));
            return new Preferences(channels, settings.paperless(), settings.paperlessSince());
        }
    }

    /** A change: every kind's channel, and the consent; both required. */
    public record Change(Map<String, String> channels, Boolean paperless) {
    }

    @GET
    @Path("/preferences")
    public Preferences preferences() {
        return Preferences.of(profiles.noticeSettings());
    }

    /** Replaces every kind's channel and the consent, as the page's form does; read whole before anything is written. */
    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public Preferences change(String body) {
        Change change = ApiBodies.read(body, Change.class);
        if (change.channels() == null || change.paperless() == null) {
            throw new ApiBodies.Unreadable();
        }
        Map<NoticeKind, NoticeChannel> channels = new EnumMap<>(NoticeKind.class);
        change.channels().forEach((kind, channel) -> channels.put(named(NoticeKind.values(), kind),
                named(NoticeChannel.values(), channel)));
        profiles.changeNoticeSettings(channels, change.paperless());
        return Preferences.of(profiles.noticeSettings());
    }

    @GET
    @Path("/courriers")
    public List<SentLetter> letters() {
        return letters.mine();
    }

    /** The constant of that exact name; any other word (or none) makes the body unreadable. */
    private static <E extends Enum<E>> E named(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst()
                .orElseThrow(ApiBodies.Unreadable::new);
    }
}
