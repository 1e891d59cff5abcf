package io.gridcharge.store;

import java.nio.file.Path;

/** Another process, or another {@link EmbeddedDatabase} in this one, already runs on the directory. */
public final class DataDirectoryInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    public DataDirectoryInUseException(Path directory) {
        super(directory + " is in use by another embedded PostgreSQL; stop that one first");
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
