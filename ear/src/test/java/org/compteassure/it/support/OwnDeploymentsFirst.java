package org.compteassure.it.support;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Classes that deploy an EAR of their own run before the client tests, which share one ({@link SharedEar}): that
 * EAR is then deployed once per run instead of once after each in-container class.
 */
public final class OwnDeploymentsFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(d -> ClientTest.class.isAssignableFrom(d.getTestClass())));
    }
}
