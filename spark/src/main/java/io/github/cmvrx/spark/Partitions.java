package io.github.cmvrx.spark;

/**
 * Splits the index range {@code [first, first + n)} into {@code partitions} contiguous parts
 * whose sizes differ by at most one; part {@code p} holds lower indices than part {@code p + 1}.
 */
final class Partitions {
  private Partitions() {}

  /**
   * Returns the first index of part {@code p}; part {@code p} is {@code [start(p), start(p + 1))}.
   *
   * @param first the first index of the range
   * @param n the size of the range
   * @param partitions the number of parts, &gt;= 1
   * @param p the part, {@code 0..partitions} ({@code partitions} gives the end of the range)
   * @return the first index of the part
   * @throws IllegalArgumentException if an argument is out of range
   */
  static long start(long first, long n, int partitions, int p) {
    if (partitions < 1 || p < 0 || p > partitions || n < 0 || first < 0) {
      throw new IllegalArgumentException(
          "partitions (" + partitions + ") must be >= 1, part (" + p + ") in [0, partitions], "
              + "n (" + n + ") and first (" + first + ") >= 0");
    }
    // n * p can overflow a long for n near 2^63; split into quotient and remainder instead.
    long q = n / partitions;
    long r = n % partitions;
    return first + q * p + Math.min(p, r);
  }
}
