package org.jiceng.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * Child process of {@link EmbeddedDatabaseDurabilityTests}: inserts numbered rows one transaction at a time into the
 * H2 database named by the first argument and prints each number once its commit has returned (acknowledged), until
 * it is killed. With a second argument {@code bench} it writes that many rows and prints the time per commit.
 */
public final class AcknowledgedWriter {

    private AcknowledgedWriter() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS acknowledged (n INT PRIMARY KEY, payload VARCHAR(200))");
            int rows = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
            long started = System.nanoTime();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO acknowledged VALUES (?, ?)")) {
                for (int n = 1; n <= rows; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, "第 " + n + " 条已确认的写入");
                    insert.executeUpdate(); // autocommit: returns after the commit
                    if (args.length == 1) {
                        System.out.println(n);
                        System.out.flush();
                    }
                }
            }
            if (args.length > 1) {
                System.out.printf("%d commits, %.3f ms per commit%n", rows, (System.nanoTime() - started) / 1e6 / rows);
            }
        }
    }
}
