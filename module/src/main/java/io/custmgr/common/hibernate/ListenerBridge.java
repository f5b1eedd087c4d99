package io.custmgr.common.hibernate;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Where Hibernate's event listeners find the module's Spring beans. Hibernate creates the listeners (through an
 * {@link EventListenerIntegrator}), Spring creates the services, and neither can hand the other a reference: a bean
 * registers itself under the interface a listener asks for when it starts and unregisters when it stops; the
 * listener looks the interface up on each event and does nothing while none is registered. So a listener knows only
 * the interface, and the bean knows neither the listener nor its package.
 * <p>
 * One bean per interface: the last one registered answers (one webapp's context per class loader). Thread-safe.
 */
public final class ListenerBridge {

    private static final ConcurrentMap<Class<?>, Object> SERVICES = new ConcurrentHashMap<Class<?>, Object>();

    private ListenerBridge() {
    }

    /** Makes {@code service} the one listeners find under {@code type}, in place of any registered before. */
    public static <T> void register(Class<T> type, T service) {
        SERVICES.put(type, type.cast(service));
    }

    /** Removes {@code service} if it is still the one registered under {@code type} (a newer one stays). */
    public static <T> void unregister(Class<T> type, T service) {
        SERVICES.remove(type, service);
    }

    /** @return the bean registered under {@code type}, or null while none is */
    public static <T> T lookup(Class<T> type) {
        return type.cast(SERVICES.get(type));
    }
}
