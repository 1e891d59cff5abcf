package io.gridcharge.store.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.gridcharge.store.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CopyRowsIT {
    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void storesValuesWithTabsNewlinesBackslashesAndNullsExactlyAsGiven() {
        db.jdbi().useHandle(handle -> handle.execute("CREATE TABLE copy_probe (n int, note text)"));
        List<String> awkward = List.of("{\"a\":\"tab\\there\"}", "line\nbreak\r\n", "back\\slash \\N", "\tlead");
        CopyRows rows = new CopyRows("copy_probe", "n, note");
        for (int i = 0; i < awkward.size(); i++) {
            rows.value(i).value(awkward.get(i)).endRow();
        }
        rows.value(awkward.size()).value(null).endRow();

        long copied = db.jdbi().inTransaction(rows::copyIn);

        assertThat(copied).isEqualTo(5);
        List<String> stored = db.jdbi().withHandle(handle -> handle.createQuery(
                "SELECT coalesce(note, '<null>') FROM copy_probe ORDER BY n").mapTo(String.class).list());
        assertThat(stored).containsExactly(awkward.get(0), awkward.get(1), awkward.get(2), awkward.get(3), "<null>");
    }
}
