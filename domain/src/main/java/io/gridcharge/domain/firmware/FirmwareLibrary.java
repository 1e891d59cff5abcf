package io.gridcharge.domain.firmware;

import io.gridcharge.domain.shared.InvalidInput;
import io.gridcharge.domain.shared.NotFound;
import io.gridcharge.domain.shared.Require;
import java.time.Clock;
import java.util.List;

/**
 * The firmware images an operator uploads for stations to download: each gets a random id and its SHA-256
 * checksum when it arrives, and is served unchanged until it is deleted.
 */
public final class FirmwareLibrary {
    /** Charger firmware images seen in the field are a few MB to a few tens of MB. */
    public static final int MAX_IMAGE_BYTES = 64 * 1024 * 1024;

    private final FirmwareRepository images;
    private final Clock clock;

    public FirmwareLibrary(FirmwareRepository images, Clock clock) {
        this.images = images;
        this.clock = clock;
    }

    public FirmwareImage upload(String name, String version, String fileName, byte[] content) {
        Require.present(content, "body");
        if (content.length == 0) {
            throw new InvalidInput("body", "must hold the firmware image");
        }
        if (content.length > MAX_IMAGE_BYTES) {
            throw new InvalidInput("body", "must be at most " + MAX_IMAGE_BYTES + " bytes");
        }
        FirmwareImage image = new FirmwareImage(FirmwareId.random(), name, version, fileName, content.length,
                Sha256.of(content), clock.instant());
        images.insert(image, content);
        return image;
    }

    public List<FirmwareImage> list() {
        return images.list();
    }

    public FirmwareImage get(FirmwareId id) {
        return images.find(id).orElseThrow(() -> new NotFound("firmware", id));
    }

    /** The bytes a station downloads, only under the file name the image was uploaded with. */
    public byte[] download(FirmwareId id, String fileName) {
        FirmwareImage image = get(id);
        if (!image.fileName().equals(fileName)) {
            throw new NotFound("firmware file", fileName);
        }
        return images.content(id).orElseThrow(() -> new NotFound("firmware", id));
    }

    public void delete(FirmwareId id) {
        if (!images.delete(id)) {
            throw new NotFound("firmware", id);
        }
    }
}
