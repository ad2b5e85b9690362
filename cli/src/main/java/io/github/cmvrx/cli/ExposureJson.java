package io.github.cmvrx.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cmvrx.exposure.ExposureEstimate;
import io.github.cmvrx.exposure.ReferenceRange;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes the {@code exposure} list that {@code recommend --exposure} adds to a recommendation
 * (docs/contract.md §5.1): one object per ganciclovir or valganciclovir component, with
 * {@code null} numbers where exposure is not estimated.
 */
final class ExposureJson {
  private ExposureJson() {}

  /**
   * Writes {@code "exposure": [...]} as the next field of the current object.
   *
   * @param g the generator, inside the recommendation object
   * @param estimates the estimates, in regimen order
   * @throws IOException if writing fails
   */
  static void writeField(JsonGenerator g, List<ExposureEstimate> estimates) throws IOException {
    g.writeArrayFieldStart("exposure");
    for (ExposureEstimate e : estimates) {
      g.writeStartObject();
      g.writeStringField("drug", e.drug().name().toLowerCase(Locale.ROOT));
      g.writeStringField("model", e.model());
      if (e instanceof ExposureEstimate.Estimated est) {
        g.writeNumberField("clearanceLPerH", est.clearanceLPerH());
        g.writeNumberField("auc24MgHPerL", est.exposure().auc24MgHPerL());
        g.writeNumberField("cmaxMgPerL", est.exposure().cmaxMgPerL());
        g.writeNumberField("cminMgPerL", est.exposure().cminMgPerL());
      } else {
        g.writeNullField("clearanceLPerH");
        g.writeNullField("auc24MgHPerL");
        g.writeNullField("cmaxMgPerL");
        g.writeNullField("cminMgPerL");
      }
      writeRange(g, e.referenceAuc24());
      Optional<String> relative =
          e instanceof ExposureEstimate.Estimated est
              ? est.relativeToReference().map(r -> r.jsonName())
              : Optional.empty();
      if (relative.isPresent()) {
        g.writeStringField("relativeToReference", relative.get());
      } else {
        g.writeNullField("relativeToReference");
      }
      g.writeStringField("note", e.note());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeRange(JsonGenerator g, Optional<ReferenceRange> range)
      throws IOException {
    if (range.isEmpty()) {
      g.writeNullField("referenceAuc24");
      return;
    }
    g.writeObjectFieldStart("referenceAuc24");
    g.writeNumberField("low", range.get().low());
    g.writeNumberField("high", range.get().high());
    g.writeStringField("source", range.get().source());
    g.writeEndObject();
  }
}
