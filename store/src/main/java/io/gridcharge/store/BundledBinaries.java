package io.gridcharge.store;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL archive bundled by zonky, told apart by the directory it is unpacked into. Zonky remembers
 * where it unpacked each resolver's binaries for the life of the JVM; with the default resolver a second data
 * directory would run from the first one's copy, which goes away when that directory is deleted.
 */
record BundledBinaries(Path home) implements PgBinaryResolver {
    private static final Logger log = LoggerFactory.getLogger(BundledBinaries.class);
    private static final String DONE_MARKER = ".exists";

    /** Where zonky unpacks them: one {@code PG-<md5 of the archive>} directory, marked done by {@code .exists}. */
    Path directory() {
        return home.resolve("binaries");
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
    }

    /**
     * Removes what an interrupted unpack left. Zonky unpacks with create-new and would fail on those files,
     * then go on to run initdb from an incomplete copy.
     */
    void removeUnfinishedUnpacks() {
        if (!Files.isDirectory(directory())) {
            return;
        }
        try (Stream<Path> unpacked = Files.list(directory())) {
            for (Path copy : unpacked.filter(dir -> dir.getFileName().toString().startsWith("PG-")).toList()) {
                if (!Files.exists(copy.resolve(DONE_MARKER))) {
                    log.warn("removing the unfinished unpack of PostgreSQL in {}", copy);
                    EmbeddedDatabase.deleteRecursively(copy);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + directory(), e);
        }
    }

    /**
     * Unpacks the archive with the system's tar and xz, into the directory where zonky looks for it. Zonky's own
     * unpacking decompresses in Java, about three times the CPU (some 3 s here, 7 s on a busy machine), and a
     * first start should be quick. Where tar or xz is missing or fails, this does nothing and zonky unpacks.
     * After an upgrade of the binaries (a new archive, so a new directory name), zonky unpacks the new ones.
     */
    void unpackWithSystemTar() {
        // The only platform whose binaries we ship; zonky names it Linux/x86_64.
        if (!"Linux".equals(System.getProperty("os.name")) || !"amd64".equals(System.getProperty("os.arch"))) {
            return;
        }
        // Already unpacked: spare reading and hashing the 15 MB archive (zonky does it again regardless).
        if (hasFinishedUnpack()) {
            return;
        }
        try (InputStream archive = getPgBinary("Linux", "x86_64")) {
            byte[] bytes = archive.readAllBytes();
            Path target = directory().resolve("PG-" + HexFormat.of().formatHex(md5(bytes)));
            if (Files.exists(target.resolve(DONE_MARKER))) {
                return;
            }
            Path partial = Files.createDirectories(directory().resolve(target.getFileName() + "-unpacking"));
            if (untar(bytes, partial)) {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                Files.createFile(target.resolve(DONE_MARKER));
            } else {
                EmbeddedDatabase.deleteRecursively(partial);
            }
        } catch (IOException e) {
            log.info("could not unpack PostgreSQL with tar ({}); zonky will", e.toString());
        }
    }

    private boolean hasFinishedUnpack() {
        try (Stream<Path> unpacked = Files.list(directory())) {
            return unpacked.anyMatch(copy -> Files.exists(copy.resolve(DONE_MARKER)));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean untar(byte[] archive, Path into) throws IOException {
        Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", into.toString())
                .redirectErrorStream(true)
                .start();
        try (OutputStream stdin = tar.getOutputStream()) {
            stdin.write(archive);
        } catch (IOException e) {
            // tar exited early; its output says why
        }
        String output = new String(tar.getInputStream().readAllBytes()).strip();
        try {
            if (tar.waitFor() != 0) {
                log.info("tar could not unpack PostgreSQL ({}); zonky will", output);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tar.destroyForcibly();
            return false;
        }
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes); // zonky's name for the unpacked copy, not security
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
