package org.compteassure.persistence.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Nir} as its 13 characters: the key is derived, so it is not stored. */
@Converter
public class NirConverter implements AttributeConverter<Nir, String> {

    @Override
    public String convertToDatabaseColumn(Nir nir) {
        return nir == null ? null : nir.value();
    }

    @Override
    public Nir convertToEntityAttribute(String column) {
        return column == null ? null : Nir.parse(column, false);
    }
}
