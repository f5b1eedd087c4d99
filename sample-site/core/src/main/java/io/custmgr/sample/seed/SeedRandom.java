package io.custmgr.sample.seed;

import java.util.Random;

/**
 * One independent random stream per customer and purpose, so what customer #n gets depends only on the seed and n,
 * never on the batch size, on N, or on how many numbers earlier customers happened to draw.
 */
final class SeedRandom {

    static final int PERSON = 1;
    static final int ORDERS = 2;

    private SeedRandom() {
    }

    static Random forCustomer(long seed, int index, int purpose) {
        return new Random(mix(seed + 0x9E3779B97F4A7C15L * (index + 1) + purpose));
    }

    /** SplitMix64 finaliser: neighbouring inputs give unrelated seeds (java.util.Random's are visibly correlated). */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
