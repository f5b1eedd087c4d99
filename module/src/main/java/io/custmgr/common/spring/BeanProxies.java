package io.custmgr.common.spring;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * JDK proxies around a host's beans, for post-processors that wrap a bean by id whatever class the host has behind it.
 * The proxy implements every interface of the bean's class hierarchy, so callers that inject the bean by any of its
 * interfaces get the proxy. Wrap after Spring's own proxies (a post-processor that is not {@code Ordered} runs after
 * the transactional one), so transactions stay on the inner bean.
 */
public final class BeanProxies {

    private BeanProxies() {
    }

    /** @return a proxy of {@code bean} whose calls go to {@code handler} */
    public static Object wrap(Object bean, InvocationHandler handler) {
        Set<Class<?>> interfaces = new LinkedHashSet<Class<?>>();
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            interfaces.addAll(Arrays.asList(type.getInterfaces()));
        }
        return Proxy.newProxyInstance(bean.getClass().getClassLoader(), interfaces.toArray(new Class<?>[0]), handler);
    }

    /** Calls {@code method} on {@code target}, throwing what the method threw rather than a reflection wrapper. */
    public static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getTargetException();
        }
    }
}
