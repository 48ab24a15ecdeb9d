package org.compteassure.web.code;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
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
public class NewCodeBacking extends CodeRequestForm {

    @EJB
    private CodeService codes;

    @ValidNir(keyRequired = false)
    private String nir;

    /** @param reason FORGOTTEN or REACTIVATION, from the view */
    public String request(String reason) {
        Reason why = Reason.valueOf(reason);
        ResponseFloor.atLeast(() -> {
            codes.requestNewCode(Nir.parse(nir, false), getBirthDate(), getChannel(), why, Http.request().getRemoteAddr());
            return null;
        });
        String page = why == Reason.REACTIVATION ? "/reactiver" : "/code-oublie";
        return Http.redirect(sentPage(page));
    }

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }
}
