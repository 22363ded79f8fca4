package com.partnerportal.web.security;

import com.partnerportal.web.error.Problem;
import com.partnerportal.web.error.ProblemException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An import's request body, counted as it is read: past the limit a read fails, and {@link #refusal} turns whatever
 * the import made of that failure into the API's 413 problem. It stands in for the HTTP layer's own limit on a body
 * of unknown length ({@code Transfer-Encoding: chunked}), which would answer a bare 413 ({@link BodyLimits}).
 */
public final class CappedBody extends FilterInputStream {

    private final long limit;
    private long read;
    private boolean exceeded;

    CappedBody(InputStream body, long limit) {
        super(body == null ? InputStream.nullInputStream() : body);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
            exceeded = true;
            throw new IOException("The request body is larger than " + BodyLimits.megabytes(limit));
        }
    }

    /** Whether the body went past the limit. */
    public boolean exceeded() {
        return exceeded;
    }

    /**
     * What to throw for a failure of the import that read this body: the 413 problem when the body went past the
     * limit (nothing was written: the import is all-or-nothing), else the failure itself.
     */
    public RuntimeException refusal(RuntimeException failure) {
        return exceeded ? new ProblemException(Problem.of(413, "The request body is larger than this route takes (at"
                + " most " + BodyLimits.megabytes(limit) + "); nothing was imported.")) : failure;
    }
}
