package org.compteassure.it.demarche;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The JSON Schemas of the back office's messages (docs/back-office/): the démarche's, checked by the networknt
 * validator against every message a test reads back from the broker, and the reply queue's status, checked against
 * every message a test puts there as the back office.
 */
final class MessageSchema {

    static final String RESOURCE = "demarche-v1.schema.json";
    static final String STATUS = "statut-v1.schema.json";

    /** The validator and what it needs (Jackson 3, apart from WildFly's Jackson 2), as Maven stores them. */
    private static final List<String> VALIDATOR_JARS = List.of("/com/networknt/json-schema-validator/",
            "/com/ethlo/time/itu/", "/tools/jackson/", "/com/fasterxml/jackson/core/jackson-annotations/2.21",
            "/org/snakeyaml/snakeyaml-engine/");

    private static final Map<String, Schema> SCHEMAS = new HashMap<>();

    private MessageSchema() {
    }

    /** Client side: the schema and the validator's jars (from the test class path) into the test web module. */
    static void addTo(WebArchive web) {
        web.addAsResource(new File("../docs/back-office/" + RESOURCE), RESOURCE);
        web.addAsResource(new File("../docs/back-office/" + STATUS), STATUS);
        Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(path -> path.endsWith(".jar") && VALIDATOR_JARS.stream().anyMatch(path::contains))
                .map(File::new)
                .forEach(web::addAsLibrary);
    }

    /** In the container: the démarche schema's errors for that message, none when it is valid. */
    static List<String> errors(String message) {
        return errors(RESOURCE, message);
    }

    /** In the container: that schema's errors for that message, none when it is valid. */
    static synchronized List<String> errors(String resource, String message) {
        Schema schema = SCHEMAS.computeIfAbsent(resource, name -> {
            try (InputStream in = MessageSchema.class.getClassLoader().getResourceAsStream(name)) {
                return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return schema.validate(message, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
