package org.compteassure.service.security;

import java.util.List;

/** A staff account as the administrators' page (/admin/personnel) lists it. */
public record StaffAccount(long id, String username, String displayName, List<String> roles, boolean enabled) {
}
