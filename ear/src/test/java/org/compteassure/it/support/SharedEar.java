package org.compteassure.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.as.controller.client.helpers.standalone.ServerDeploymentHelper;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR with the test support ({@link Deployments#earWithTestSupport()}), deployed once for every client test
 * rather than once per class: a deployment costs about six seconds and the client tests, which only talk HTTP, need
 * nothing of a fresh one (each test starts with a fresh visitor, a reset clock and unspent budgets). Classes that
 * deploy their own EAR (in-container tests) take its place: the Arquillian observer below removes it before their
 * deployment, and before the server stops, so that no run leaves it in the server's configuration.
 */
public final class SharedEar implements BeforeAllCallback, LoadableExtension {

    private static final String NAME = "compte-assure.ear";

    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        deploy();
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Guard.class);
    }

    /** Arquillian's side: the shared EAR leaves before another deployment of the same name, and before the stop. */
    public static final class Guard {
        public void beforeDeploy(@Observes BeforeDeploy event) throws IOException {
            undeploy();
        }

        public void beforeStop(@Observes BeforeStop event) throws IOException {
            undeploy();
        }
    }

    private static synchronized void deploy() throws IOException {
        if (deployed) {
            return;
        }
        try (ModelControllerClient client = client()) {
            removeIfPresent(client);
            try (InputStream ear = Deployments.earWithTestSupport().as(ZipExporter.class).exportAsInputStream()) {
                new ServerDeploymentHelper(client).deploy(NAME, ear);
            }
        } catch (ServerDeploymentHelper.ServerDeploymentException e) {
            throw new IOException("The shared EAR did not deploy (see the server log)", e);
        }
        deployed = true;
    }

    private static synchronized void undeploy() throws IOException {
        if (!deployed) {
            return;
        }
        try (ModelControllerClient client = client()) {
            removeIfPresent(client);
        }
        deployed = false;
    }

    private static void removeIfPresent(ModelControllerClient client) throws IOException {
        ModelNode address = Operations.createAddress("deployment", NAME);
        if (Operations.isSuccessfulOutcome(client.execute(Operations.createReadResourceOperation(address)))) {
            try {
                new ServerDeploymentHelper(client).undeploy(NAME);
            } catch (ServerDeploymentHelper.ServerDeploymentException e) {
                throw new IOException("The shared EAR did not undeploy", e);
            }
        }
    }

    private static ModelControllerClient client() throws IOException {
        return ModelControllerClient.Factory.create(InetAddress.getByName("127.0.0.1"),
                Integer.getInteger("it.management.port", 9990));
    }
}
