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
import java.util.List;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The JSON Schema of the back office's messages (docs/back-office/demarche-v1.schema.json), checked by the
 * networknt validator against every message a test reads back from the broker.
 */
final class MessageSchema {

    static final String RESOURCE = "demarche-v1.schema.json";

    /** The validator and what it needs (Jackson 3, apart from WildFly's Jackson 2), as Maven stores them. */
    private static final List<String> VALIDATOR_JARS = List.of("/com/networknt/json-schema-validator/",
            "/com/ethlo/time/itu/", "/tools/jackson/", "/com/fasterxml/jackson/core/jackson-annotations/2.21",
            "/org/snakeyaml/snakeyaml-engine/");

    private static Schema schema;

    private MessageSchema() {
    }

    /** Client side: the schema and the validator's jars (from the test class path) into the test web module. */
    static void addTo(WebArchive web) {
        web.addAsResource(new File("../docs/back-office/" + RESOURCE), RESOURCE);
        Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                        .split(File.pathSeparator))
                .filter(path -> path.endsWith(".jar") && VALIDATOR_JARS.stream().anyMatch(path::contains))
                .map(File::new)
                .forEach(web::addAsLibrary);
    }

    /** In the container: the schema's errors for that message, none when it is valid. */
    static synchronized List<String> errors(String message) {
        if (schema == null) {
            try (InputStream in = MessageSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return schema.validate(message, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}
