package org.compteassure.service.payment;

import java.io.Serializable;

/**
 * A line of an import that was not loaded, for the report.
 *
 * @param reference the reference the line gave, if it was short enough to be one
 * @param reason why, in French, for the administrator
 */
public record RejectedLine(long line, String reference, String reason) implements Serializable {
}
