package dev.ipwire.bench.measure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The largest resident size each process reached while a phase ran, sampled twice a second (a
 * phase's "loaded" memory; {@link ProcessMeter#residentMiB()} once before it is the idle figure).
 */
public final class PeakMemory implements AutoCloseable {

    private final ProcessMeter meter;
    private final Map<String, Double> peaks = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler =
            Executors.newSingleThreadScheduledExecutor(
                    r -> {
                        Thread thread = new Thread(r, "bench-memory-sampler");
                        thread.setDaemon(true);
                        return thread;
                    });

    private PeakMemory(ProcessMeter meter) {
        this.meter = meter;
    }

    public static PeakMemory sample(ProcessMeter meter) {
        PeakMemory memory = new PeakMemory(meter);
        memory.sampler.scheduleAtFixedRate(memory::sampleOnce, 0, 500, TimeUnit.MILLISECONDS);
        return memory;
    }

    private synchronized void sampleOnce() {
        meter.residentMiB().forEach((name, mib) -> peaks.merge(name, mib, Math::max));
    }

    public synchronized Map<String, Double> peaks() {
        return new LinkedHashMap<>(peaks);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        sampleOnce();
    }
}
