package org.compteassure.service.platform;

import java.util.List;

/**
 * The fund as the top of its papers names it: its name and postal address, from configuration
 * ({@code CA_FUND_NAME}, {@code CA_FUND_ADDRESS}, {@link Installation#letterhead()}), never the server's host.
 *
 * @param fund    the fund's name, e.g. « Caisse primaire d'assurance maladie de Paris »
 * @param address its postal address, at most {@link #MAX_ADDRESS_LINES} lines (none if not configured)
 */
public record Letterhead(String fund, List<String> address) {

    /** With the name and the service's name, what fits above a window envelope's address block. */
    public static final int MAX_ADDRESS_LINES = 3;

    public Letterhead {
        if (fund == null || fund.isBlank()) {
            throw new IllegalArgumentException("The fund's name is required");
        }
        fund = fund.strip();
        address = List.copyOf(address);
        if (address.size() > MAX_ADDRESS_LINES) {
            throw new IllegalArgumentException("At most " + MAX_ADDRESS_LINES + " address lines");
        }
    }
}
