package org.yjinspect.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Where {@code serve} listens, checked before anything starts (the database takes seconds), so a port
 * that is taken or an address that is not this machine's ends in a message saying which and what to
 * do, with exit code 2, instead of the web server's error log.
 */
record ListenAddress(String host, int port) {
    ListenAddress {
        if (port < 0 || port > 65535) {
            throw new InputError("--port must be between 0 and 65535 (got " + port + ")");
        }
    }

    /** Binds and releases the address once; the web server binds it again a moment later. */
    void checkFree() {
        InetAddress address = resolve();
        if (bindable(address, port)) {
            return;
        }
        if (!bindable(address, 0)) {
            throw new InputError("--host " + host + " is not an address of this machine; use 127.0.0.1 (this machine"
                    + " only) or 0.0.0.0 (every network interface)");
        }
        throw new InputError("port " + port + " on " + host + " is already in use" + (port < 1024
                ? " or needs administrator rights (ports below 1024)" : " (is another yjinspect serve running?)")
                + "; stop the program using it, or choose another --port (0 picks a free one)");
    }

    String describe() {
        return host + ":" + port;
    }

    private InetAddress resolve() {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new InputError("--host " + host + ": no such host name or address on this machine; use 127.0.0.1", e);
        }
    }

    private static boolean bindable(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
