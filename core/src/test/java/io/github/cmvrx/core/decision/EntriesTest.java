package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger's reusable working lists and the exactly sized lists they hand over. */
class EntriesTest {

  @Test
  void toArray_theEntriesInOrder_aCopyOfExactlyTheirNumber() {
    Entries<String> e = new Entries<>(4);
    e.add("a");
    e.add("b");
    Object[] a = e.toArray();
    assertThat(a).containsExactly("a", "b");
    a[0] = "changed";
    assertThat(e).containsExactly("a", "b");
    // What List.copyOf reads: more than ten entries still copy in order.
    for (int i = 0; i < 10; i++) {
      e.add("x" + i);
    }
    assertThat(List.copyOf(e)).isEqualTo(new ArrayList<>(e)).hasSize(12);
  }

  @Test
  void clear_afterUse_emptyAndReadyAgain() {
    Entries<String> e = new Entries<>(2);
    e.add("a");
    e.add("b");
    e.clear();
    assertThat(e).isEmpty();
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
