package dev.ipwire.stack;

/** A stand-in node for process tests: runs until killed. */
public final class SleepForever {

    private SleepForever() {}

    public static void main(String[] args) throws InterruptedException {
        Thread.sleep(Long.MAX_VALUE);
    }
}
