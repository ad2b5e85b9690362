package io.github.cmvrx.fhir;

import io.github.cmvrx.core.citation.Source;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A URL for each cited source, for the {@code source.url} of a CDS Hooks card. Labels link to a
 * DailyMed search for the product and journal articles to a PubMed search for the citation: both
 * are built from the citation text itself, so no document identifier is asserted that could not
 * be checked (decision record 1103).
 */
final class SourceLinks {
  private SourceLinks() {}

  static String url(Source source) {
    String label =
        switch (source) {
          case GCV_PI -> "ganciclovir";
          case VGC_PI -> "valganciclovir";
          case FOS_PI -> "foscarnet";
          case CDV_PI -> "cidofovir";
          case LTV_PI -> "letermovir";
          case MBV_PI -> "maribavir";
          default -> "";
        };
    if (!label.isEmpty()) {
      return "https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=" + label;
    }
    if (source == Source.NIH_OI) {
      return "https://clinicalinfo.hiv.gov/en/guidelines/hiv-clinical-guidelines-adult-and-adolescent-opportunistic-infections";
    }
    if (source == Source.SEED || source == Source.EACS) {
      return "https://github.com/cmvrx/cmvrx#sources";
    }
    return "https://pubmed.ncbi.nlm.nih.gov/?term="
        + URLEncoder.encode(source.citation(), StandardCharsets.UTF_8);
  }
}
