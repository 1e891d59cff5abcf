package io.gridcharge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The embedded superuser's password, made up on first start and kept in a file only its owner reads. Without
 * it any local user could log in over 127.0.0.1 as superuser and run programs as the database's owner.
 */
final class SuperuserPassword {
    private static final SecureRandom RANDOM = new SecureRandom();

    private SuperuserPassword() {
    }

    static Path file(Path home) {
        return home.resolve("password");
    }

    static String of(Path home) {
        Path file = file(home);
        try {
            if (Files.exists(file)) {
                String password = Files.readString(file).strip();
                if (!password.isEmpty()) {
                    return password;
                }
                Files.delete(file); // a crash between creating and writing it; initdb has not used it yet
            }
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, password);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
