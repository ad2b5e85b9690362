package io.github.cmvrx.dosing.table;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.internal.Comparisons;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One validated dose table: kidney-function bands from the highest down, plus optional intermittent
 * haemodialysis and continuous renal replacement rows. Immutable.
 *
 * <p>Validated on construction: at least one band; all bands of one basis and one unit; the highest
 * band unbounded above; consecutive bands meet with exactly one of them owning the shared edge (no
 * gap, no overlap); the weekly dose intensity never rises as kidney function falls, and the
 * haemodialysis row is no more intense than the lowest band; the CRRT row is flagged off-label (no
 * label dose exists, clinical basis §3.1).
 */
public final class DoseTable {
  private final TableId id;
  private final List<DoseRow> bands;
  private final Optional<DoseRow> haemodialysis;
  private final Optional<DoseRow> continuousRenalReplacement;
  // Hot path (forKidneyFunction): each band's edges and its row already wrapped, by position.
  private final Band[] bandEdges;
  private final List<Optional<DoseRow>> found;

  private DoseTable(
      TableId id,
      List<DoseRow> bands,
      Optional<DoseRow> haemodialysis,
      Optional<DoseRow> continuousRenalReplacement) {
    this.id = id;
    this.bands = bands;
    this.haemodialysis = haemodialysis;
    this.continuousRenalReplacement = continuousRenalReplacement;
    this.bandEdges = bands.stream().map(r -> r.band().orElseThrow()).toArray(Band[]::new);
    this.found = bands.stream().map(Optional::of).toList();
  }

  /**
   * Returns a validated table made of {@code rows} in any order.
   *
   * @param id the table
   * @param rows its rows
   * @return the table
   * @throws IllegalArgumentException naming the table and the fault if the rows do not form a valid
   *     table
   */
  public static DoseTable of(TableId id, List<DoseRow> rows) {
    requireNonNull(id, "id");
    List<DoseRow> bands = new ArrayList<>();
    Optional<DoseRow> hd = Optional.empty();
    Optional<DoseRow> crrt = Optional.empty();
    for (DoseRow row : rows) {
      switch (row.basis()) {
        case CRCL_ML_MIN, CRCL_ML_MIN_KG -> bands.add(row);
        case INTERMITTENT_HEMODIALYSIS -> {
          check(hd.isEmpty(), id, "more than one intermittent_hemodialysis row" + row.at());
          hd = Optional.of(row);
        }
        case CONTINUOUS_RENAL_REPLACEMENT -> {
          check(
              crrt.isEmpty(), id, "more than one continuous_renal_replacement row" + row.at());
          check(
              row.offLabel(),
              id,
              "the continuous_renal_replacement row must be off-label" + row.at());
          crrt = Optional.of(row);
        }
      }
    }
    check(!bands.isEmpty(), id, "no kidney-function band");
    bands.sort(
        Comparator.comparingDouble((DoseRow r) -> r.band().orElseThrow().lower()).reversed());
    DoseRow top = bands.get(0);
    check(
        Double.isInfinite(top.band().orElseThrow().upper()),
        id,
        "the highest band " + top.band().orElseThrow() + top.at() + " must have no upper limit");
    for (DoseRow row : rows) {
      check(
          row.unit() == top.unit(),
          id,
          "mixed units " + row.unit() + row.at() + " and " + top.unit() + top.at());
      if (row.basis().isBand()) {
        check(
            row.basis() == top.basis(),
            id,
            "mixed bases " + row.basis() + row.at() + " and " + top.basis() + top.at());
      }
    }
    for (int i = 1; i < bands.size(); i++) {
      DoseRow aboveRow = bands.get(i - 1);
      DoseRow belowRow = bands.get(i);
      Band above = aboveRow.band().orElseThrow();
      Band below = belowRow.band().orElseThrow();
      check(
          below.upper() == above.lower(),
          id,
          String.format(
              Locale.ROOT,
              "%s between bands %s%s and %s%s",
              below.upper() < above.lower() ? "gap" : "overlap",
              below,
              belowRow.at(),
              above,
              aboveRow.at()));
      check(
          below.upperIncluded() != above.lowerIncluded(),
          id,
          String.format(
              Locale.ROOT,
              "edge %s is %s by bands %s%s and %s%s",
              above.lower(),
              above.lowerIncluded() ? "claimed twice" : "claimed by neither",
              below,
              belowRow.at(),
              above,
              aboveRow.at()));
      check(
          bands.get(i).weeklyIntensity() <= bands.get(i - 1).weeklyIntensity(),
          id,
          String.format(
              Locale.ROOT,
              "dose intensity rises as kidney function falls: %s per week in band %s%s above %s"
                  + " per week in band %s%s",
              bands.get(i).weeklyIntensity(),
              below,
              belowRow.at(),
              bands.get(i - 1).weeklyIntensity(),
              above,
              aboveRow.at()));
    }
    DoseRow lowest = bands.get(bands.size() - 1);
    hd.ifPresent(
        row ->
            check(
                row.weeklyIntensity() <= lowest.weeklyIntensity(),
                id,
                "haemodialysis row"
                    + row.at()
                    + " more intense than the lowest band"
                    + lowest.at()));
    return new DoseTable(id, List.copyOf(bands), hd, crrt);
  }

  private static void check(boolean ok, TableId id, String fault) {
    if (!ok) {
      throw new IllegalArgumentException("dose table " + id.csvName() + ": " + fault);
    }
  }

  /**
   * Returns the table's id.
   *
   * @return the id
   */
  public TableId id() {
    return id;
  }

  /**
   * Returns the bands, highest kidney function first.
   *
   * @return the band rows
   */
  public List<DoseRow> bands() {
    return bands;
  }

  /**
   * Returns the row whose band contains {@code kidneyFunction}.
   *
   * @param kidneyFunction the clearance in the table's basis unit
   * @return the row, or empty below the lowest band (no label dose)
   */
  public Optional<DoseRow> forKidneyFunction(double kidneyFunction) {
    // Same answer as asking each row's band().contains(kidneyFunction) in turn: the value is
    // snapped once (docs/decisions/0209) and the rows are wrapped once, at construction.
    double snapped = Comparisons.snap(kidneyFunction);
    for (int i = 0; i < bandEdges.length; i++) {
      if (bandEdges[i].containsSnapped(snapped)) {
        return found.get(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the full-renal-function row (the highest band).
   *
   * @return the top row
   */
  public DoseRow fullDose() {
    return bands.get(0);
  }

  /**
   * Returns the intermittent haemodialysis row.
   *
   * @return the row, or empty if the label gives none
   */
  public Optional<DoseRow> haemodialysis() {
    return haemodialysis;
  }

  /**
   * Returns the continuous renal replacement row (off-label).
   *
   * @return the row, or empty if none is given
   */
  public Optional<DoseRow> continuousRenalReplacement() {
    return continuousRenalReplacement;
  }

  /**
   * Returns whether the rows were read from a local table (a policy's {@code tables}).
   *
   * @return true for a local table
   */
  public boolean isLocal() {
    return bands.get(0).local().isPresent();
  }

  /**
   * Returns every row: the bands from the highest down, then the haemodialysis and CRRT rows.
   *
   * @return the rows
   */
  public List<DoseRow> rows() {
    List<DoseRow> all = new ArrayList<>(bands);
    haemodialysis.ifPresent(all::add);
    continuousRenalReplacement.ifPresent(all::add);
    return List.copyOf(all);
  }

  /** Equal when the id and every row are equal. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DoseTable t
        && id == t.id
        && bands.equals(t.bands)
        && haemodialysis.equals(t.haemodialysis)
        && continuousRenalReplacement.equals(t.continuousRenalReplacement);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, bands, haemodialysis, continuousRenalReplacement);
  }

  @Override
  public String toString() {
    return "DoseTable[" + id.csvName() + ", " + bands.size() + " bands]";
  }
}
