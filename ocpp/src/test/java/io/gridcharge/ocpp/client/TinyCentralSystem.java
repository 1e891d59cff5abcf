package io.gridcharge.ocpp.client;

import io.gridcharge.ocpp.Role;
import io.gridcharge.ocpp.rpc.CallHandler;
import io.gridcharge.ocpp.rpc.RpcSession;
import io.gridcharge.ocpp.v16.Ocpp16Catalog;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A central system for the client's tests: RFC 6455 written by hand over a ServerSocket (the JDK has a
 * WebSocket client but no server), with an RpcSession behind each connection. Its frames go unmasked and in
 * fragments of at most 16 bytes, so every test also exercises the client's reassembly; the client's frames
 * must be masked (RFC 6455 §5.1) or the connection is dropped. No pings: the JDK client sends none of its own.
 */
final class TinyCentralSystem implements AutoCloseable {
    private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"; // RFC 6455 §1.3
    private static final int FRAGMENT_BYTES = 16;
    private static final int TEXT = 0x1, CONTINUATION = 0x0, CLOSE = 0x8;

    /** How the handshake is answered. */
    enum Handshake { ACCEPT, ACCEPT_WITHOUT_SUBPROTOCOL, UNAUTHORIZED }

    private final ServerSocket server;
    private final Handshake handshake;
    private final CallHandler handler;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();

    TinyCentralSystem(Handshake handshake, CallHandler handler) throws IOException {
        this.server = new ServerSocket();
        // A small window, so that a client's large message stays pending while reading is paused.
        server.setReceiveBufferSize(64 * 1024);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.handshake = handshake;
        this.handler = handler;
        Thread.ofPlatform().daemon().name("tiny-csms-accept").start(this::accept);
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + server.getLocalPort() + "/ocpp/");
    }

    /** The next connection whose handshake was answered, in the order they came. */
    Connection nextConnection() throws InterruptedException {
        return Objects.requireNonNull(connections.poll(10, TimeUnit.SECONDS), "no connection within 10 s");
    }

    @Override
    public void close() throws IOException {
        server.close();
        timer.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofPlatform().daemon().name("tiny-csms-connection").start(() -> new Connection(socket).run());
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** One station's connection: what its handshake said, its session, and the Close frame it sent. */
    final class Connection {
        final Map<String, String> headers = new HashMap<>(); // names in lower case
        final CompletableFuture<Integer> clientCloseCode = new CompletableFuture<>();
        String path;
        final RpcSession rpc;
        private final Socket socket;
        private boolean closeSent; // guarded by this
        private volatile CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);

        private Connection(Socket socket) {
            this.socket = socket;
            this.rpc = RpcSession.builder(Ocpp16Catalog.INSTANCE, Role.CSMS).frameSink(this::sendText)
                    .callHandler(handler).callTimeout(Duration.ofSeconds(10), timer).build();
        }

        /** Takes the next frame's header, but not its payload, until {@link #resumeReading}. */
        void pauseReading() {
            reading = new CompletableFuture<>();
        }

        void resumeReading() {
            reading.complete(null);
        }

        synchronized void closeWith(int code, String reason) {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            write(CLOSE, true, ByteBuffer.allocate(2 + text.length).putShort((short) code).put(text).array());
            closeSent = true;
        }

        private void run() {
            try (socket) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
                if (answerHandshake(in)) {
                    connections.add(this);
                    readFrames(in);
                }
            } catch (IOException dropped) {
                // the client went away; the close code says so below
            } finally {
                rpc.close();
                clientCloseCode.complete(CloseStatus.ABNORMAL_CLOSURE);
            }
        }

        private boolean answerHandshake(DataInputStream in) throws IOException {
            path = readLine(in).split(" ")[1];
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
            String reply = switch (handshake) {
                case UNAUTHORIZED -> "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"ocpp\"\r\n"
                        + "Content-Length: 13\r\nConnection: close\r\n\r\nUnauthorized\n";
                case ACCEPT, ACCEPT_WITHOUT_SUBPROTOCOL -> "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept(headers.get("sec-websocket-key"))
                        + (handshake == Handshake.ACCEPT ? "\r\nSec-WebSocket-Protocol: ocpp1.6" : "") + "\r\n\r\n";
            };
            socket.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
            return handshake != Handshake.UNAUTHORIZED;
        }

        /** Reads until the client's Close frame, which is answered (unless ours went first) before the socket closes. */
        private void readFrames(DataInputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                if ((second & 0x80) == 0) {
                    throw new IOException("RFC 6455 §5.1: a client must mask its frames");
                }
                long length = second & 0x7F;
                length = length == 126 ? in.readUnsignedShort() : length == 127 ? in.readLong() : length;
                byte[] mask = in.readNBytes(4);
                reading.join();
                byte[] payload = in.readNBytes((int) length);
                for (int i = 0; i < payload.length; i++) {
                    payload[i] ^= mask[i % 4];
                }
                switch (first & 0x0F) {
                    case TEXT, CONTINUATION -> {
                        message.write(payload);
                        if ((first & 0x80) != 0) {
                            rpc.onText(message.toString(StandardCharsets.UTF_8));
                            message.reset();
                        }
                    }
                    case CLOSE -> {
                        int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                        synchronized (this) {
                            if (!closeSent) {
                                write(CLOSE, true, Arrays.copyOf(payload, Math.min(payload.length, 2)));
                            }
                        }
                        clientCloseCode.complete(code);
                        return;
                    }
                    default -> throw new IOException("unexpected opcode " + (first & 0x0F));
                }
            }
        }

        private synchronized void sendText(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int from = 0; from < bytes.length; from += FRAGMENT_BYTES) {
                int to = Math.min(bytes.length, from + FRAGMENT_BYTES);
                write(from == 0 ? TEXT : CONTINUATION, to == bytes.length, Arrays.copyOfRange(bytes, from, to));
            }
        }

        /** An unmasked frame, as servers send them (RFC 6455 §5.2). */
        private synchronized void write(int opcode, boolean fin, byte[] payload) {
            ByteBuffer header = ByteBuffer.allocate(10).put((byte) ((fin ? 0x80 : 0) | opcode));
            if (payload.length < 126) {
                header.put((byte) payload.length);
            } else {
                header.put((byte) 126).putShort((short) payload.length);
            }
            try {
                OutputStream out = socket.getOutputStream();
                out.write(header.array(), 0, header.position());
                out.write(payload);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static String readLine(DataInputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed during the handshake");
            }
            line.append((char) c);
        }
        return line.toString().strip();
    }

    private static String accept(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
