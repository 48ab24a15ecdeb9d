package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.compteassure.persistence.code.OneTimeCode.Channel;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.domain.ValidNir;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.CreationRequest;
import org.compteassure.service.account.IdentityNotProvenException;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.ResponseFloor;

/** /creer-compte: identity against the register, then a link by e-mail or a provisional code by post. */
@Named
@RequestScoped
public class CreateAccountBacking {

    @EJB
    private AccountService accounts;

    @ValidNir
    private String nir;

    @PastOrPresent(message = "{ca.birthDate.future}")
    private LocalDate birthDate;

    @Pattern(regexp = "[0-9 ]{6,25}", message = "{ca.vitaleSerial.format}")
    private String vitaleSerial;

    @Pattern(regexp = " *([A-Za-z0-9] *){7} *", message = "{ca.ibanEnd.format}")
    private String ibanEnd;

    @Email(message = "{ca.email.format}")
    @Size(max = 254, message = "{ca.email.format}")
    private String email;

    private Channel channel = Channel.EMAIL;

    /** Which confirmation to show after the redirect: "email" or "courrier". */
    private String sent;

    public String create() {
        CreationRequest request = new CreationRequest(Nir.parse(nir), birthDate, vitaleSerial, ibanEnd, email, channel);
        try {
            AccountService.Creation creation = ResponseFloor.atLeast(() -> accounts.create(request));
            if (creation == AccountService.Creation.ALREADY_EXISTS) {
                Messages.error("creer-compte.exists");
                return null;
            }
            return Http.redirect("/creer-compte?envoye=" + (channel == Channel.EMAIL ? "email" : "courrier"));
        } catch (IdentityNotProvenException e) {
            Messages.error("creer-compte.notProven");
            return null;
        }
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

    public String getVitaleSerial() {
        return vitaleSerial;
    }

    public void setVitaleSerial(String vitaleSerial) {
        this.vitaleSerial = vitaleSerial;
    }

    public String getIbanEnd() {
        return ibanEnd;
    }

    public void setIbanEnd(String ibanEnd) {
        this.ibanEnd = ibanEnd;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
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
