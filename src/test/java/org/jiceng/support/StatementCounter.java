package org.jiceng.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends while {@link #count} runs: every prepared statement, and every
 * execute of a plain statement. The application's DataSource is wrapped once for all integration tests; outside
 * {@link #count} the wrapper only passes calls on.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> SEEN = new ThreadLocal<>();

    /** What {@code work} returned and the statements it sent, in order. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        List<String> seen = new ArrayList<>();
        List<String> outer = SEEN.get();
        SEEN.set(seen);
        try {
            T result = work.get();
            return new Counted<>(result, List.copyOf(seen));
        } finally {
            SEEN.set(outer);
        }
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    private static void seen(String what) {
        List<String> seen = SEEN.get();
        if (seen != null) {
            seen.add(what);
        }
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new Handler(connection, true));
        }
    }

    private record Handler(Object target, boolean connection) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (connection && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                seen(String.valueOf(args[0]));
            }
            if (!connection && name.startsWith("execute") && args != null && args.length > 0
                    && args[0] instanceof String sql) {
                seen(sql);
            }
            try {
                Object result = method.invoke(target, args);
                if (connection && name.equals("createStatement")) {
                    return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                            new Class<?>[] {Statement.class}, new Handler(result, false));
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
