package org.compteassure.service.code;

import org.compteassure.service.BusinessException;

/** A sensitive change refused by its step-up ({@link CodeService#reauthenticate}): why, for the message shown. */
public class StepUpRefusedException extends BusinessException {

    private final CodeService.Reauthentication reason;

    public StepUpRefusedException(CodeService.Reauthentication reason) {
        super("step-up refused: " + reason);
        this.reason = reason;
    }

    /** Throws unless the step-up was confirmed. */
    public static void unlessConfirmed(CodeService.Reauthentication outcome) {
        if (outcome != CodeService.Reauthentication.CONFIRMED) {
            throw new StepUpRefusedException(outcome);
        }
    }

    public CodeService.Reauthentication reason() {
        return reason;
    }
}
