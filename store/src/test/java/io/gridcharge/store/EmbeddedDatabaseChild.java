package io.gridcharge.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

/**
 * A JVM that starts an embedded database, commits one row, says so by creating a file, and waits to be killed:
 * the "kill -9 while the server runs" half of {@link EmbeddedDatabaseIT}.
 * Arguments: the database directory, the file to create when ready.
 */
public final class EmbeddedDatabaseChild {

    private EmbeddedDatabaseChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
        try (var connection = DriverManager.getConnection(database.jdbcUrl("postgres"), database.user(), database.password());
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS meter_reading (station text, energy_wh bigint)");
            statement.execute("INSERT INTO meter_reading VALUES ('CP-KILLED', 4200)");
        }
        Files.createFile(Path.of(args[1]));
        Thread.sleep(Long.MAX_VALUE);
    }
}
