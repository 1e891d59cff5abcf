package io.gridcharge.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestServerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://127.0.0.1:5432/test                | jdbc:postgresql://127.0.0.1:5432/gc_test_1",
            "jdbc:postgresql://db.example:5432/test?ssl=true&x=1  | jdbc:postgresql://db.example:5432/gc_test_1?ssl=true&x=1",
            "jdbc:postgresql://h1:5432,h2:5433/test               | jdbc:postgresql://h1:5432,h2:5433/gc_test_1",
            "jdbc:postgresql://localhost                          | jdbc:postgresql://localhost/gc_test_1",
            "jdbc:postgresql://localhost/?sslmode=disable         | jdbc:postgresql://localhost/gc_test_1?sslmode=disable"})
    void pointsTheServersUrlAtTheThrowAwayDatabase(String serverUrl, String expected) {
        assertThat(new TestServer(serverUrl, "postgres", "").jdbcUrl("gc_test_1")).isEqualTo(expected);
    }
}
