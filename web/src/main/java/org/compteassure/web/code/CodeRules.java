package org.compteassure.web.code;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.compteassure.service.code.CodePolicy;

/** The code policy's rules and lengths, for the pages that choose a code or password and their live checklist. */
@Named
@ApplicationScoped
public class CodeRules {

    /** The rules, in order, for the checklist. */
    public List<CodePolicy.Rule> getRules() {
        return List.of(CodePolicy.Rule.values());
    }

    /** For the live checklist, which checks the length in the browser. */
    public int getMinLength() {
        return CodePolicy.MIN_LENGTH;
    }

    public int getMaxLength() {
        return CodePolicy.MAX_LENGTH;
    }
}
