package org.compteassure.web.account;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.compteassure.persistence.domain.Nir;
import org.compteassure.service.account.Child;
import org.compteassure.service.account.FamilyService;
import org.compteassure.service.account.Profile;
import org.compteassure.service.account.ProfileService;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.document.DocumentService;
import org.compteassure.service.document.DocumentService.RightsOnFile;
import org.compteassure.web.platform.ApiScope;

/** GET /api/v1/moi: who the token speaks for, the children they act for, and whose rights the register has. */
@Path("/v1/moi")
@ApiScope(ApiScopes.IDENTITY)
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {

    @EJB
    private ProfileService profiles;

    @EJB
    private FamilyService family;

    @EJB
    private DocumentService documents;

    /**
     * The person as « Mes informations » shows them (the bank details masked).
     *
     * @param rights whether the register sent rights for the person ({@code own}) and for which children (ids)
     */
    public record Me(String givenNames, String familyName, LocalDate birthDate, Nir nir, String email,
                     String phone, List<String> address, String maskedIban, List<Child> beneficiaries,
                     Rights rights) {
    }

    public record Rights(boolean own, Set<Long> children) {
    }

    @GET
    public Me get() {
        Profile p = profiles.profile();
        RightsOnFile onFile = documents.rightsOnFile();
        return new Me(p.givenNames(), p.familyName(), p.birthDate(), p.nir(), p.email(), p.phone(),
                p.address() == null ? List.of() : p.address().lines(), p.maskedIban(), family.children(),
                new Rights(onFile.own(), onFile.children()));
    }
}
