package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.code.OneTimeCode.Reason;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.domain.ValidNir;
import org.compteassure.service.code.CodeService;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.ResponseFloor;

/**
 * /code-oublie and /reactiver: number, birth date and channel, then always the same answer, whether or not they
 * matched an account.
 */
@Named
@RequestScoped
public class NewCodeBacking {

    @EJB
    private CodeService codes;

    @ValidNir(keyRequired = false)
    private String nir;

    @PastOrPresent(message = "{ca.birthDate.future}")
    private LocalDate birthDate;

    private Channel channel = Channel.EMAIL;

    private String sent;

    /** @param reason FORGOTTEN or REACTIVATION, from the view */
    public String request(String reason) {
        Reason why = Reason.valueOf(reason);
        ResponseFloor.atLeast(() -> {
            codes.requestNewCode(Nir.parse(nir, false), birthDate, channel, why);
            return null;
        });
        String page = why == Reason.REACTIVATION ? "/reactiver" : "/code-oublie";
        return Http.redirect(page + "?envoye=" + (channel == Channel.EMAIL ? "email" : "courrier"));
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
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
