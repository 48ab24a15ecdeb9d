package org.compteassure.web.code;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.compteassure.persistence.domain.ValidNir;

/** The login form at "/": a social-security number and a secret code. */
@Named
@RequestScoped
public class LoginBacking {

    @ValidNir(keyRequired = false)
    private String nir;

    private String code;

    public String getNir() {
        return nir;
    }

    public void setNir(String nir) {
        this.nir = nir;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
