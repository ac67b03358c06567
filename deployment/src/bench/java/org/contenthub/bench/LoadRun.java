package org.contenthub.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleSupplier;

/**
 * A closed-loop load: {@code clients} threads, each sending the next query of the mix as soon as its
 * previous one answered (no think time), first for a warm-up whose calls are not counted, then for
 * the measured period. A call counts when it started inside the measured period; QPS is those calls
 * divided by the period, latencies are exact (all of them kept and sorted).
 */
final class LoadRun {

  /** One call; returns something from the answer, so nothing is optimised away. */
  interface Call {
    long run(int queryIndex) throws Exception;
  }

  record Result(
      String name,
      int clients,
      long calls,
      double seconds,
      double qps,
      double p50Ms,
      double p99Ms,
      double meanMs,
      long errors,
      double serverCores,
      double benchCores,
      double machineCores) {
    /**
     * CPU milliseconds per call, both sides (server and this JVM) counted: independent of how much
     * of the machine other processes took during the run.
     */
    double cpuMsPerCall() {
      return (benchCores + (Double.isNaN(serverCores) ? 0 : serverCores)) * 1000 / qps;
    }

    /** Cores busy with neither side: other processes on the machine during the measured period. */
    double otherCores() {
      return machineCores - benchCores - (Double.isNaN(serverCores) ? 0 : serverCores);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%-34s %3d clients  %8.1f QPS  p50 %7.2f ms  p99 %7.2f ms  (%d calls, %d errors;"
              + " cores busy: server %.2f, bench %.2f, others %.2f)",
          name,
          clients,
          qps,
          p50Ms,
          p99Ms,
          calls,
          errors,
          serverCores,
          benchCores,
          otherCores());
    }
  }

  private LoadRun() {}

  /**
   * @param serverCpu CPU seconds used so far by the process under test when it is another process
   *     (the hub), else null
   */
  static Result run(
      String name,
      int clients,
      int queries,
      int warmupSeconds,
      int measureSeconds,
      Call call,
      DoubleSupplier serverCpu)
      throws Exception {
    System.out.printf(
        Locale.ROOT,
        "%s: %d clients, %d s warm-up, %d s measured...%n",
        name,
        clients,
        warmupSeconds,
        measureSeconds);
    AtomicInteger next = new AtomicInteger();
    AtomicLong errors = new AtomicLong();
    AtomicLong sink = new AtomicLong();
    long start = System.nanoTime();
    long measureFrom = start + warmupSeconds * 1_000_000_000L;
    long end = measureFrom + measureSeconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Future<long[]>> futures = new ArrayList<>();
    for (int t = 0; t < clients; t++) {
      futures.add(
          pool.submit(
              (Callable<long[]>)
                  () -> {
                    long[] latencies = new long[1 << 16];
                    int n = 0;
                    while (true) {
                      long s = System.nanoTime();
                      if (s >= end) {
                        break;
                      }
                      int q = Math.floorMod(next.getAndIncrement(), queries);
                      try {
                        sink.addAndGet(call.run(q));
                      } catch (Exception e) {
                        if (errors.getAndIncrement() == 0) {
                          System.out.println("  first error: " + e);
                        }
                      }
                      if (s >= measureFrom) {
                        if (n == latencies.length) {
                          latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = System.nanoTime() - s;
                      }
                    }
                    return Arrays.copyOf(latencies, n);
                  }));
    }
    // CPU of both sides over the measured period only
    sleepUntil(measureFrom);
    double serverCpu0 = serverCpu == null ? Double.NaN : serverCpu.getAsDouble();
    double benchCpu0 = benchCpuSeconds();
    double machineCpu0 = machineBusySeconds();
    long cpuFrom = System.nanoTime();
    sleepUntil(end);
    double serverCpu1 = serverCpu == null ? Double.NaN : serverCpu.getAsDouble();
    double benchCpu1 = benchCpuSeconds();
    double machineCpu1 = machineBusySeconds();
    double cpuWindow = (System.nanoTime() - cpuFrom) / 1e9;
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    pool.shutdown();
    long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    if (merged.length == 0) {
      throw new IllegalStateException(name + ": no call completed");
    }
    double mean = Arrays.stream(merged).average().orElse(0) / 1e6;
    Result r =
        new Result(
            name,
            clients,
            merged.length,
            measureSeconds,
            merged.length / (double) measureSeconds,
            percentile(merged, 0.50) / 1e6,
            percentile(merged, 0.99) / 1e6,
            mean,
            errors.get(),
            (serverCpu1 - serverCpu0) / cpuWindow,
            (benchCpu1 - benchCpu0) / cpuWindow,
            (machineCpu1 - machineCpu0) / cpuWindow);
    System.out.println("  " + r.line() + "  [sink " + (sink.get() & 0xff) + "]");
    return r;
  }

  static long percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  /** CPU seconds used by this JVM (the load generator, or the in-process searcher). */
  static double benchCpuSeconds() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  /** CPU seconds all processes of the machine were busy so far (Linux /proc/stat), or NaN. */
  static double machineBusySeconds() {
    try {
      String cpu = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).get(0);
      String[] f = cpu.trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...
      long busy = 0;
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(f[i]);
      }
      return busy / 100.0;
    } catch (java.io.IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static void sleepUntil(long nanoTime) throws InterruptedException {
    long left;
    while ((left = nanoTime - System.nanoTime()) > 0) {
      Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1_000)));
    }
  }
}
