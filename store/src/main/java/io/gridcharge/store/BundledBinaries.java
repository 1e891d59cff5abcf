package io.gridcharge.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The PostgreSQL archive bundled by zonky, told apart by the directory it is unpacked into. Zonky remembers
 * where it unpacked each resolver's binaries for the life of the JVM; with the default resolver a second data
 * directory would run from the first one's copy, which goes away when that directory is deleted.
 */
record BundledBinaries(Path home) implements PgBinaryResolver {

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }
}
