package org.compteassure.web.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.PropertyNotWritableException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lets views read a record's components as properties, {@code #{row.amount}}: EL 5 only knows bean getters, and its
 * method-call syntax {@code #{row.amount()}} scans the class's methods on every evaluation. The accessors are looked
 * up once per record class. Read-only, like records; a name that is not a component is left to the next resolver.
 */
public class RecordELResolver extends ELResolver {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        Method accessor = accessor(base, property);
        if (accessor == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        try {
            return accessor.invoke(base);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new ELException(e);
        }
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return null; // read-only (EL 5: null for a property that cannot be written)
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            throw new PropertyNotWritableException(base.getClass().getName() + "." + property + " is a record component");
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (accessor(base, property) != null) {
            context.setPropertyResolved(base, property);
            return true;
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof Record ? Object.class : null;
    }

    private static Method accessor(Object base, Object property) {
        if (!(base instanceof Record) || property == null) {
            return null;
        }
        return ACCESSORS.computeIfAbsent(base.getClass(), RecordELResolver::accessors).get(property.toString());
    }

    private static Map<String, Method> accessors(Class<?> type) {
        Map<String, Method> accessors = new ConcurrentHashMap<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // A record nested in a non-public class has public accessors that reflection may still refuse.
            accessor.trySetAccessible();
            accessors.put(component.getName(), accessor);
        }
        return Map.copyOf(accessors);
    }
}
