package org.compteassure.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    private record Row(long id, BigDecimal amount) {
        String label() {
            return "row " + id;
        }
    }

    private record Failing(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("broken accessor");
        }
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordComponentThroughItsAccessor() {
        ELContext context = new Context();
        assertEquals(new BigDecimal("12.50"), resolver.getValue(context, new Row(7, new BigDecimal("12.50")), "amount"));
        assertTrue(context.isPropertyResolved());
        ELContext again = new Context();
        assertEquals(8L, resolver.getValue(again, new Row(8, BigDecimal.ONE), "id"));
        assertTrue(again.isPropertyResolved());
    }

    @Test
    void leavesOtherNamesAndOtherObjectsToTheNextResolver() {
        ELContext context = new Context();
        assertNull(resolver.getValue(context, new Row(7, BigDecimal.ONE), "label"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, null, "row"));
        assertFalse(context.isPropertyResolved());
        assertFalse(resolver.isReadOnly(context, "not a record", "bytes"));
        assertNull(resolver.getCommonPropertyType(context, "not a record"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void componentsAreReadOnly() {
        ELContext context = new Context();
        Row row = new Row(7, BigDecimal.ONE);
        assertTrue(resolver.isReadOnly(context, row, "amount"));
        assertTrue(context.isPropertyResolved());
        assertNull(resolver.getType(new Context(), row, "amount"));
        assertThrows(PropertyNotWritableException.class, () -> resolver.setValue(new Context(), row, "amount", BigDecimal.TEN));
        assertEquals(Object.class, resolver.getCommonPropertyType(context, row));
    }

    @Test
    void anAccessorsFailureIsAnElException() {
        ELException e = assertThrows(ELException.class, () -> resolver.getValue(new Context(), new Failing("x"), "value"));
        assertEquals("broken accessor", e.getCause().getMessage());
    }

    /** The bare context a resolver sees: only the "resolved" flag matters here. */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() {
            return null;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    }
}
