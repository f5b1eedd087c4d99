package io.custmgr.duplicates;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * Counts the statements sent to the database (every execute, and a whole batch as one) through the current
 * transaction's connection of the target data source, so code under test joins the test's transaction.
 */
public final class StatementCountingDataSource extends DelegatingDataSource {

    private final AtomicInteger executions = new AtomicInteger();

    public StatementCountingDataSource(DataSource target) {
        super(target);
    }

    public int getExecutions() {
        return executions.get();
    }

    public void reset() {
        executions.set(0);
    }

    @Override
    public Connection getConnection() {
        final Connection connection = DataSourceUtils.getConnection(getTargetDataSource());
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new InvocationHandler() {
                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        if (method.getName().equals("close")) {
                            DataSourceUtils.releaseConnection(connection, getTargetDataSource());
                            return null;
                        }
                        Object result = call(connection, method, args);
                        return result instanceof Statement ? counting((Statement) result, method.getReturnType())
                                : result;
                    }
                });
    }

    private Object counting(final Statement statement, Class<?> type) {
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().startsWith("execute")) {
                    executions.incrementAndGet();
                }
                return call(statement, method, args);
            }
        });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
