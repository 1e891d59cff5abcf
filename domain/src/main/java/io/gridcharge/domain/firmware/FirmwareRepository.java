package io.gridcharge.domain.firmware;

import java.util.List;
import java.util.Optional;

/** Where hosted firmware images and their bytes are kept. Each method is one database transaction. */
public interface FirmwareRepository {
    void insert(FirmwareImage image, byte[] content);

    Optional<FirmwareImage> find(FirmwareId id);

    /** The image's bytes, read only when a station downloads it. */
    Optional<byte[]> content(FirmwareId id);

    /** Newest first. */
    List<FirmwareImage> list();

    boolean delete(FirmwareId id);
}
