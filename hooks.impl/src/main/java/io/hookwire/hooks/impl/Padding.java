package io.hookwire.hooks.impl;

/**
 * Cache-line padding for the state that each dispatching thread writes on every call (its frames and its context).
 * Those objects are allocated by their own threads, but a garbage collection may move two threads' objects next to
 * each other; without padding, two threads writing their own fields would then fight over one cache line (false
 * sharing), and two threads would dispatch slower than one. A padded class extends {@link Before} and declares
 * {@link After}'s fields itself; arrays leave {@link #ARRAY} elements unused at each end.
 */
final class Padding {
    /** Unused elements at each end of a per-thread array that is written on every call: 64 bytes of longs. */
    static final int ARRAY = 8;

    private Padding() {}

    /** 64 bytes before the fields of a subclass. */
    abstract static class Before {
        long p00, p01, p02, p03, p04, p05, p06, p07;
    }
}
