package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's reusable working lists and the exactly sized lists they hand over. */
class EntriesTest {

  @Test
  void toList_threeEntries_theImmutableListOfThemInOrder() {
    Entries<String> e = new Entries<>(2);
    e.add("a");
    e.add("b");
    e.add("c");
    List<String> list = e.toList();
    assertThat(list).isEqualTo(List.of("a", "b", "c"));
    // A List.of list: List.copyOf keeps it, and it cannot be changed.
    assertThat(List.copyOf(list)).isSameAs(list);
    assertThatThrownBy(() -> list.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toList_laterChangesToTheEntries_doNotShowInTheListHandedOver() {
    Entries<String> e = new Entries<>(4);
    e.add("a");
    List<String> before = e.toList();
    e.clear();
    e.add("z");
    assertThat(before).containsExactly("a");
    assertThat(e.toList()).containsExactly("z");
  }

  @Test
  void toList_everySizeUpToTwelve_theSameAsListOf() {
    Entries<Integer> e = new Entries<>(1);
    List<Integer> expected = new ArrayList<>();
    for (int n = 0; n <= 12; n++) {
      assertThat(e.toList()).isEqualTo(expected);
      assertThat(List.copyOf(e.toList())).isEqualTo(expected);
      e.add(n);
      expected.add(n);
    }
  }

  @Test
  void clear_afterUse_emptyAndReadyAgain() {
    Entries<String> e = new Entries<>(2);
    e.add("a");
    e.add("b");
    e.clear();
    assertThat(e).isEmpty();
    assertThat(e.toList()).isEmpty();
    e.add("c");
    assertThat(e).containsExactly("c");
  }

  @Test
  void contains_anEqualButNotTheSameElement_found() {
    Entries<String> e = new Entries<>(2);
    e.add(new String("x"));
    assertThat(e.contains(new String("x"))).isTrue();
    assertThat(e.contains("y")).isFalse();
  }

  @Test
  void set_replacesTheEntryAtThatPosition() {
    Entries<String> e = new Entries<>(2);
    e.add("a");
    e.add("b");
    assertThat(e.set(1, "c")).isEqualTo("b");
    assertThat(e).containsExactly("a", "c");
  }

  @Test
  void add_null_rejected() {
    Entries<String> e = new Entries<>(2);
    assertThatThrownBy(() -> e.add(null)).isInstanceOf(NullPointerException.class);
  }
}
