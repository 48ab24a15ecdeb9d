package org.compteassure.web.code;

import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.compteassure.persistence.code.OneTimeCode.Channel;

/**
 * What the forms that send a code share (creation, forgotten code, reactivation): the birth date, the channel, and
 * which confirmation to show after the redirect (?envoye=email|courrier).
 */
public abstract class CodeRequestForm {

    @PastOrPresent(message = "{ca.birthDate.future}")
    private LocalDate birthDate;

    private Channel channel = Channel.EMAIL;

    private String sent;

    /** The redirect after success, to this page with the confirmation for the chosen channel. */
    protected String sentPage(String page) {
        return page + "?envoye=" + (channel == Channel.EMAIL ? "email" : "courrier");
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSent() {
        return sent;
    }

    public void setSent(String sent) {
        this.sent = "email".equals(sent) || "courrier".equals(sent) ? sent : null;
    }
}
