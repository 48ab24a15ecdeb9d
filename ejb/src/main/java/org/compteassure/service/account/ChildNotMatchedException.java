package org.compteassure.service.account;

import org.compteassure.service.BusinessException;

/**
 * No child of the other parent matches what was typed, the child already has a second parent, or the other parent
 * is the caller: all answered alike, so that the form reveals nothing about other families.
 */
public class ChildNotMatchedException extends BusinessException {

    public ChildNotMatchedException() {
        super("no matching child");
    }
}
