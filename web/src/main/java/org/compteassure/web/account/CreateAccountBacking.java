package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import org.compteassure.persistence.domain.EmailAddress;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.persistence.domain.ValidNir;
import org.compteassure.service.account.AccountService;
import org.compteassure.service.account.CreationRequest;
import org.compteassure.service.account.IdentityNotProvenException;
import org.compteassure.web.code.CodeRequestForm;
import org.compteassure.web.platform.Http;
import org.compteassure.web.platform.Messages;
import org.compteassure.web.platform.ResponseFloor;

/** /creer-compte: identity against the register, then a link by e-mail or a provisional code by post. */
@Named
@RequestScoped
public class CreateAccountBacking extends CodeRequestForm {

    @EJB
    private AccountService accounts;

    @ValidNir
    private String nir;

    @Pattern(regexp = "[0-9 ]{6,25}", message = "{ca.vitaleSerial.format}")
    private String vitaleSerial;

    @Pattern(regexp = " *([A-Za-z0-9] *){7} *", message = "{ca.ibanEnd.format}")
    private String ibanEnd;

    @Email(regexp = EmailAddress.PATTERN, message = "{ca.email.format}")
    @Size(max = 254, message = "{ca.email.format}")
    private String email;

    public String create() {
        CreationRequest request = new CreationRequest(Nir.parse(nir), getBirthDate(), vitaleSerial, ibanEnd, email, getChannel());
        try {
            AccountService.Creation creation = ResponseFloor.atLeast(
                    () -> accounts.create(request, Http.request().getRemoteAddr()));
            if (creation == AccountService.Creation.ALREADY_EXISTS) {
                Messages.error("creer-compte.exists");
                return null;
            }
            return Http.redirect(sentPage("/creer-compte"));
        } catch (IdentityNotProvenException e) {
            Messages.error("creer-compte.notProven");
            return null;
        }
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
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
}
