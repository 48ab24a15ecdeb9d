package org.compteassure.persistence.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Iban} normalised, without spaces and in upper case. */
@Converter
public class IbanConverter implements AttributeConverter<Iban, String> {

    @Override
    public String convertToDatabaseColumn(Iban iban) {
        return iban == null ? null : iban.value();
    }

    @Override
    public Iban convertToEntityAttribute(String column) {
        return column == null ? null : Iban.parse(column);
    }
}
