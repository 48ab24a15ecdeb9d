package org.compteassure.service.code;

import org.compteassure.service.BusinessException;

/** The chosen definitive code breaks the policy; the verdict says which rules. */
public class CodeRejectedException extends BusinessException {

    private final transient CodePolicy.Verdict verdict;

    public CodeRejectedException(CodePolicy.Verdict verdict) {
        super("code rejected: " + verdict.unmet());
        this.verdict = verdict;
    }

    public CodePolicy.Verdict verdict() {
        return verdict;
    }
}
