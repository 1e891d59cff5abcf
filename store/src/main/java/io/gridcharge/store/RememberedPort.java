package io.gridcharge.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The embedded server's port: chosen once per data directory and kept in {@code <home>/port}, so the same data
 * always comes back at the same address (clients, psql sessions, dashboards keep working across restarts).
 * It is taken from 20000-29999, below Linux's ephemeral range (32768-60999), so an outgoing connection never
 * occupies it while the server is down; the search starts at a point derived from the directory so that two
 * data directories on one machine try different ports first.
 */
final class RememberedPort {
    private static final int FIRST = 20_000;
    private static final int COUNT = 10_000;
    private static final int ATTEMPTS = 200;

    private RememberedPort() {
    }

    static int of(Path home) {
        Path file = home.resolve("port");
        try {
            if (Files.exists(file)) {
                int port = Integer.parseInt(Files.readString(file).strip());
                if (!isFree(port)) {
                    throw new IllegalStateException("port " + port + " of the embedded database (kept in " + file
                            + ") is taken by another program; stop it, or delete the file to choose a new port");
                }
                return port;
            }
            int port = firstFreeFrom(FIRST + Math.floorMod(home.toString().hashCode(), COUNT));
            Path written = Files.writeString(home.resolve("port.new"), Integer.toString(port));
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static int firstFreeFrom(int start) {
        for (int i = 0; i < ATTEMPTS; i++) {
            int port = FIRST + Math.floorMod(start - FIRST + i, COUNT);
            if (isFree(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port for the embedded database among " + ATTEMPTS + " tried from "
                + start);
    }

    /** Binds as PostgreSQL will (SO_REUSEADDR), so a port the previous run left in TIME_WAIT counts as free. */
    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
