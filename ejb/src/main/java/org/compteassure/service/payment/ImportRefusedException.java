package org.compteassure.service.payment;

import java.util.List;
import org.compteassure.service.BusinessException;

/**
 * An uploaded file cannot be imported at all (empty, or its header is wrong). It carries the reason and its
 * arguments; the imports page words it from the bundle ({@code imports.refused.<REASON>}).
 */
public class ImportRefusedException extends BusinessException {

    /** Why a file is refused; the arguments each one takes are said on it. */
    public enum Reason {
        EMPTY,
        /** The first line cannot be split into columns. */
        UNREADABLE_HEADER,
        /** Argument: the column's name (cut to 40 characters). */
        UNKNOWN_COLUMN,
        /** Argument: the column's name. */
        DUPLICATE_COLUMN,
        /** Argument: the missing columns, comma-separated. */
        MISSING_COLUMNS
    }

    private final Reason reason;
    private final List<String> arguments;

    public ImportRefusedException(Reason reason, String... arguments) {
        super(reason + " " + List.of(arguments));
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The values the reason's message shows, in order. */
    public List<String> arguments() {
        return arguments;
    }
}
