package org.compteassure.web.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.compteassure.persistence.domain.Iban;
import org.compteassure.persistence.domain.Nir;

/**
 * How the applications' API writes the services' records in JSON (JSON-B): dates in ISO 8601, and the value types
 * as the pages show them: a NIR grouped, an IBAN masked but for its end (never in full).
 */
@Provider
public class ApiJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withSerializers(new NirSerializer(), new IbanSerializer(), new MonthSerializer(), new YearSerializer()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static class NirSerializer implements JsonbSerializer<Nir> {
        @Override
        public void serialize(Nir nir, JsonGenerator generator, SerializationContext context) {
            generator.write(nir.grouped());
        }
    }

    /** A month as {@code 2026-11}, as the filters take it. */
    public static class MonthSerializer implements JsonbSerializer<java.time.YearMonth> {
        @Override
        public void serialize(java.time.YearMonth month, JsonGenerator generator, SerializationContext context) {
            generator.write(month.toString());
        }
    }

    public static class YearSerializer implements JsonbSerializer<java.time.Year> {
        @Override
        public void serialize(java.time.Year year, JsonGenerator generator, SerializationContext context) {
            generator.write(year.getValue());
        }
    }

    public static class IbanSerializer implements JsonbSerializer<Iban> {
        @Override
        public void serialize(Iban iban, JsonGenerator generator, SerializationContext context) {
            generator.write(iban.masked());
        }
    }
}
