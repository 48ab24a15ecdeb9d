package org.compteassure.web.demarche;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.compteassure.service.code.ApiScopes;
import org.compteassure.service.demarche.DemarcheService;
import org.compteassure.service.demarche.DemarcheView;
import org.compteassure.web.platform.ApiScope;

/** « Mes démarches » for applications, through {@link DemarcheService}: the list and one démarche by its number. */
@Path("/v1/demarches")
@ApiScope(ApiScopes.DEMARCHES)
@Produces(MediaType.APPLICATION_JSON)
public class DemarchesApi {

    @EJB
    private DemarcheService demarches;

    @GET
    public List<DemarcheView> list() {
        return demarches.mine();
    }

    @GET
    @Path("/{numero}")
    public DemarcheView one(@PathParam("numero") String number) {
        return demarches.mine(number);
    }
}
