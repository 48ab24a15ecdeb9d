package org.compteassure.persistence.account;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A French postal address as a letter's window envelope prints it (AFNOR NF Z10-011: at most 6 lines). */
@Embeddable
public class PostalAddress implements Serializable {

    @Column(name = "address_line1", nullable = false, length = 38)
    private String line1;

    @Column(name = "address_line2", length = 38)
    private String line2;

    @Column(name = "postal_code", nullable = false, length = 10)
    private String postalCode;

    @Column(name = "city", nullable = false, length = 38)
    private String city;

    @Column(name = "country", nullable = false, length = 38)
    private String country = "FRANCE";

    protected PostalAddress() {
    }

    public PostalAddress(String line1, String line2, String postalCode, String city, String country) {
        this.line1 = Objects.requireNonNull(line1);
        this.line2 = line2;
        this.postalCode = Objects.requireNonNull(postalCode);
        this.city = Objects.requireNonNull(city);
        this.country = Objects.requireNonNull(country);
    }

    /** The lines under the addressee's name, blank ones left out. */
    public List<String> lines() {
        return Stream.of(line1, line2, postalCode + " " + city, country)
                .filter(line -> line != null && !line.isBlank())
                .toList();
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getCountry() {
        return country;
    }
}
