package io.github.cmvrx.simulation.text;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.rule.RuleId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers sources in the order a text first cites them, so that the text can say {@code [1]} and
 * list the full citations at the end. Mutable, confined to one rendering.
 */
final class Citations {
  private final Map<Source, Integer> numbers = new LinkedHashMap<>();

  /**
   * Returns the marker for one source, numbering it on first use.
   *
   * @param source the source
   * @return e.g. {@code "[2]"}
   */
  String cite(Source source) {
    return "[" + number(source) + "]";
  }

  /**
   * Returns the rule id followed by the markers of all its sources.
   *
   * @param rule the rule
   * @return e.g. {@code "REG-CNS-COMBINATION [1, 2]"}
   */
  String rule(RuleId rule) {
    List<String> marks = new ArrayList<>();
    for (Source s : rule.sources()) {
      marks.add(Integer.toString(number(s)));
    }
    return rule.id() + " [" + String.join(", ", marks) + "]";
  }

  private int number(Source source) {
    return numbers.computeIfAbsent(source, s -> numbers.size() + 1);
  }

  /**
   * Returns the cited sources in citation order.
   *
   * @return the sources, the one numbered 1 first
   */
  List<Source> inOrder() {
    return List.copyOf(numbers.keySet());
  }
}
