package org.compteassure.service.security;

import java.util.List;

/**
 * A staff account as the administrators' page (/admin/personnel) lists it.
 *
 * @param person whether the account logs in at /conseiller (an adviser or administrator), with a second factor
 */
public record StaffAccount(long id, String username, String displayName, List<String> roles, boolean enabled,
                           boolean person) {
}
