package org.compteassure.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compteassure.persistence.account.NoticeKind;
import org.compteassure.service.account.InvalidDetailsException;
import org.compteassure.service.account.NoticeChannel;
import org.compteassure.service.account.NoticeSettings;
import org.compteassure.service.account.PaperlessConsentRequiredException;
import org.compteassure.service.account.ProfileService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;

/**
 * The « Recevoir mes avis » form of /espace/informations: for each kind of notice, by e-mail, by letter or both,
 * and the consent that e-mail replaces paper. The security notices are not offered: they always go.
 */
@Named
@ViewScoped
public class NoticesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "notices";

    @EJB
    private ProfileService profiles;

    /** Channel by kind, both by name (what the radio buttons post). */
    private final Map<String, String> channels = new HashMap<>();
    private boolean paperless;
    private Instant paperlessSince;

    @PostConstruct
    void load() {
        NoticeSettings settings = profiles.noticeSettings();
        settings.channels().forEach((kind, channel) -> channels.put(kind.name(), channel.name()));
        paperless = settings.paperless();
        paperlessSince = settings.paperlessSince();
    }

    public String save() {
        Map<NoticeKind, NoticeChannel> chosen = new EnumMap<>(NoticeKind.class);
        for (NoticeKind kind : NoticeKind.values()) {
            String channel = channels.get(kind.name());
            if (channel == null || Arrays.stream(NoticeChannel.values()).noneMatch(c -> c.name().equals(channel))) {
                Messages.fieldError(FORM, kind.name(), "informations.notices.missing");
                return null;
            }
            chosen.put(kind, NoticeChannel.valueOf(channel));
        }
        try {
            profiles.changeNoticeSettings(chosen, paperless);
        } catch (PaperlessConsentRequiredException e) {
            Messages.fieldError(FORM, "paperless", "informations.notices.consentNeeded");
            return null;
        } catch (InvalidDetailsException e) {
            Messages.error("informations.notices.missing");
            return null;
        }
        Messages.flash("informations.notices.saved");
        return Http.redirect("/espace/informations");
    }

    public List<String> getKinds() {
        return Arrays.stream(NoticeKind.values()).map(Enum::name).toList();
    }

    public List<String> getChannelNames() {
        return Arrays.stream(NoticeChannel.values()).map(Enum::name).toList();
    }

    public Map<String, String> getChannels() {
        return channels;
    }

    public boolean isPaperless() {
        return paperless;
    }

    public void setPaperless(boolean paperless) {
        this.paperless = paperless;
    }

    public Instant getPaperlessSince() {
        return paperlessSince;
    }
}
