package org.yjinspect.platform.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.Semaphore;

/**
 * Lets only a fixed number of large uploads be read at the same time. A caseload CSV may be
 * 64 MB, held in memory with the records read from it, and the server runs in a 256 MB heap:
 * two or three at once could exhaust it and fail every other user's request. An upload that
 * finds no free place is not queued (a waiting upload would hold its connection and a server
 * thread, and the client cannot tell a queue from a hang) but answered at once with 503 and
 * Retry-After, before its body is read; a client sends it again a few seconds later.
 */
public final class UploadGate {
    /** Seconds a refused upload is told to wait: a 64 MB caseload is read and stored in about that. */
    public static final int RETRY_AFTER_SECONDS = 5;
    private final Semaphore places;

    public UploadGate(int atOnce) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("at least one upload must be let in, got " + atOnce);
        }
        this.places = new Semaphore(atOnce);
    }

    /** Runs the upload if a place is free, else refuses it with 503 and Retry-After. */
    public void read(Context ctx, Handler upload) throws Exception {
        if (!places.tryAcquire()) {
            throw new ServerBusy("another upload is being read; send this one again in " + RETRY_AFTER_SECONDS
                    + " seconds", RETRY_AFTER_SECONDS);
        }
        try {
            upload.handle(ctx);
        } finally {
            places.release();
        }
    }
}
