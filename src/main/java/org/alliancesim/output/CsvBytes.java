package org.alliancesim.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import org.alliancesim.Num;

/**
 * A growable buffer of UTF-8 bytes in which CSV rows are built without making a string per field:
 * numbers are written digit by digit exactly as {@link Num#format} writes them (at most six
 * decimals, a dot, no exponent, no trailing zeros), which is what makes large {@code series.csv}
 * files quick to write.
 */
final class CsvBytes {
    private static final double SCALE = 1e6;
    /** The tens and ones digit of 0 to 99. */
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private byte[] buf;
    private int len;

    CsvBytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    int length() {
        return len;
    }

    void clear() {
        len = 0;
    }

    private void room(int more) {
        if (len + more > buf.length) {
            buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    CsvBytes bytes(byte[] b) {
        room(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
        return this;
    }

    /** {@code count} bytes of {@code b} from {@code off}. */
    CsvBytes bytes(byte[] b, int off, int count) {
        room(count);
        System.arraycopy(b, off, buf, len, count);
        len += count;
        return this;
    }

    /** The bytes written so far (the buffer itself: valid up to {@link #length()}, until the next write). */
    byte[] array() {
        return buf;
    }

    CsvBytes text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    CsvBytes ch(char c) {
        room(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** A whole number in decimal. */
    CsvBytes integer(long v) {
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return text(Long.toString(v));
            }
            ch('-');
            v = -v;
        }
        if (v <= Integer.MAX_VALUE) {
            return digits((int) v, 1);
        }
        integer(v / 1_000_000_000L); // the digits above the last nine, then those nine
        return digits((int) (v % 1_000_000_000L), 9);
    }

    /** A whole number from 0 up in at least {@code width} digits (zeros in front), in int arithmetic. */
    private CsvBytes digits(int v, int width) {
        room(10);
        int digits = 1;
        for (int t = v; t >= 10; t /= 10) {
            digits++;
        }
        digits = Math.max(digits, width);
        int at = len + digits;
        for (int k = 1; k <= digits; k++) {
            buf[at - k] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len = at;
        return this;
    }

    /** A number as {@link Num#format} writes it (NaN as an empty field). */
    CsvBytes num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) >= 9e12) {
            return text(Num.format(v));
        }
        long scaled = Math.round(v * SCALE);
        if (scaled < 0) {
            ch('-');
            scaled = -scaled;
        }
        integer(scaled / 1_000_000);
        int frac = (int) (scaled % 1_000_000);
        if (frac != 0) {
            // six decimals in pairs (two divisions instead of three per digit), then trailing zeros dropped
            room(7);
            int hi = frac / 10_000;
            int rest = frac - hi * 10_000;
            int mid = rest / 100;
            int lo = rest - mid * 100;
            byte[] b = buf;
            int at = len;
            b[at] = '.';
            b[at + 1] = TENS[hi];
            b[at + 2] = ONES[hi];
            b[at + 3] = TENS[mid];
            b[at + 4] = ONES[mid];
            b[at + 5] = TENS[lo];
            b[at + 6] = ONES[lo];
            at += 7;
            while (b[at - 1] == '0') {
                at--;
            }
            len = at;
        }
        return this;
    }

    /** Writes the buffer to {@code out} and empties it. */
    void drainTo(WritableByteChannel out) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
        while (b.hasRemaining()) {
            out.write(b);
        }
        len = 0;
    }

    /** Writes the buffer to {@code out} and empties it. */
    void drainTo(java.io.OutputStream out) throws IOException {
        out.write(buf, 0, len);
        len = 0;
    }

    @Override
    public String toString() {
        return new String(buf, 0, len, StandardCharsets.UTF_8);
    }
}
