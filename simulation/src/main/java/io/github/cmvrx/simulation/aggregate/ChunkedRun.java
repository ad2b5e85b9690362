package io.github.cmvrx.simulation.aggregate;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BinaryOperator;
import java.util.function.LongConsumer;

/**
 * Runs a computation over the index range {@code [first, first + n)} in fixed chunks on a pool
 * of threads and combines the partial results in index order. Because the chunks do not depend
 * on the thread count and the combine order is fixed, any number of threads gives bit-for-bit
 * the result of one thread. At most a few chunks per thread are in flight, so memory stays flat
 * however large {@code n} is.
 */
public final class ChunkedRun {
  private ChunkedRun() {}

  /** Patients per chunk. */
  public static final int DEFAULT_CHUNK = 4096;

  /** Chunks in flight per thread. */
  static final int WINDOW_PER_THREAD = 4;

  /** The work on one chunk. */
  @FunctionalInterface
  public interface Worker<A> {
    /**
     * Computes the partial result of indices {@code [from, to)}.
     *
     * @param from the first index
     * @param to one past the last index
     * @return the partial result
     */
    A run(long from, long to);
  }

  /**
   * Runs the computation.
   *
   * @param first the first index
   * @param n how many indices
   * @param threads the number of threads, &gt;= 1
   * @param chunk indices per chunk, &gt;= 1
   * @param worker computes one chunk's partial result
   * @param combine combines two partial results (left is the lower indices); associative
   * @param identity the result of no indices
   * @param progress told the number of indices done after each chunk is combined
   * @param <A> the result type
   * @return the combined result
   * @throws IllegalArgumentException if {@code threads} or {@code chunk} is below 1, or {@code n}
   *     is negative
   */
  public static <A> A run(
      long first,
      long n,
      int threads,
      int chunk,
      Worker<A> worker,
      BinaryOperator<A> combine,
      A identity,
      LongConsumer progress) {
    if (threads < 1 || chunk < 1 || n < 0) {
      throw new IllegalArgumentException(
          "threads (" + threads + ") and chunk (" + chunk + ") must be >= 1, n (" + n + ") >= 0");
    }
    if (first < 0 || n > Long.MAX_VALUE - first) {
      // [first, first + n) must be representable: an overflow would run an empty or wrapped range.
      throw new IllegalArgumentException(
          "index range [" + first + ", " + first + " + " + n + ") runs past " + Long.MAX_VALUE);
    }
    Objects.requireNonNull(worker, "worker");
    long chunks = (n + chunk - 1) / chunk;
    A result = identity;
    if (threads == 1) {
      for (long k = 0; k < chunks; k++) {
        long from = first + k * chunk;
        long to = from + Math.min(chunk, first + n - from);
        result = combine.apply(result, worker.run(from, to));
        progress.accept(to - first);
      }
      return result;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r));
    try {
      Deque<Future<A>> inFlight = new ArrayDeque<>();
      long next = 0;
      long done = 0;
      int window = threads * WINDOW_PER_THREAD;
      while (done < chunks) {
        while (next < chunks && inFlight.size() < window) {
          long from = first + next * chunk;
          long to = from + Math.min(chunk, first + n - from);
          inFlight.addLast(pool.submit(() -> worker.run(from, to)));
          next++;
        }
        A part = await(inFlight.removeFirst());
        result = combine.apply(result, part);
        done++;
        progress.accept(Math.min(n, done * chunk));
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "cmvrx-chunk");
    t.setDaemon(true);
    return t;
  }

  private static <A> A await(Future<A> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
