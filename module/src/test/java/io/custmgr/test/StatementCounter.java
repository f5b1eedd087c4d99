package io.custmgr.test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

/**
 * Counts the SQL statements the current thread sends through the integration-test data source (each execute call;
 * a JDBC batch counts once), whoever sends them: Hibernate, JdbcTemplate or plain JDBC; not those that allocate ids. Background threads (the page
 * view writer) count on their own threads, so a test measures only what the code under test issues.
 */
public final class StatementCounter {

    private static final ThreadLocal<long[]> COUNT = new ThreadLocal<long[]>() {
        @Override
        protected long[] initialValue() {
            return new long[1];
        }
    };

    private StatementCounter() {
    }

    /** @return statements executed on this thread so far */
    public static long current() {
        return COUNT.get()[0];
    }

    /** Wraps the pool Broadleaf uses in the integration-test context ({@code custmgr-it-applicationContext.xml}). */
    public static DataSource counting(DataSource target) {
        return (DataSource) wrap(target, DataSource.class, null);
    }

    /**
     * Statements on Hibernate's id table ({@code SEQUENCE_GENERATOR}, read and moved on whenever a block of ids runs
     * out) are not counted: when they happen depends on what ran before, not on the code a test measures.
     */
    static boolean counted(String sql) {
        return sql == null || !sql.toUpperCase(Locale.ROOT).contains("SEQUENCE_GENERATOR");
    }

    private static Object wrap(final Object target, Class<?> type, final String preparedSql) {
        return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                new InvocationHandler() {
                    @Override
                    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                        if (method.getName().startsWith("execute")) {
                            String sql = args != null && args.length > 0 && args[0] instanceof String
                                    ? (String) args[0] : preparedSql;
                            if (counted(sql)) {
                                COUNT.get()[0]++;
                            }
                        }
                        Object result;
                        try {
                            result = method.invoke(target, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                        if (result instanceof Connection && method.getName().equals("getConnection")) {
                            return wrap(result, Connection.class, null);
                        }
                        if (result instanceof Statement && method.getReturnType().isInterface()
                                && Statement.class.isAssignableFrom(method.getReturnType())) {
                            String sql = args != null && args.length > 0 && args[0] instanceof String
                                    ? (String) args[0] : null; // prepareStatement(sql, ...)
                            return wrap(result, method.getReturnType(), sql);
                        }
                        return result;
                    }
                });
    }
}
