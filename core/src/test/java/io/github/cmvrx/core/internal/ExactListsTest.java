package io.github.cmvrx.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ExactLists: the first elements of an array as a List.of list, for every size. */
class ExactListsTest {

  @Test
  void of_threeOfFourSlots_theImmutableListOfThemInOrder() {
    Object[] a = {"a", "b", "c", "unused"};
    List<Object> list = ExactLists.of(a, 3);
    assertThat(list).isEqualTo(List.of("a", "b", "c"));
    // A List.of list: List.copyOf keeps it, and it cannot be changed.
    assertThat(List.copyOf(list)).isSameAs(list);
    assertThatThrownBy(() -> list.add("d")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_laterChangesToTheArray_doNotShowInTheList() {
    for (int n : new int[] {1, 2, 5, 10, 11, 12}) {
      Object[] a = new Object[n];
      for (int i = 0; i < n; i++) {
        a[i] = i;
      }
      List<Object> list = ExactLists.of(a, n);
      a[0] = "changed";
      assertThat(list.get(0)).as("size %d", n).isEqualTo(0);
    }
  }

  @Test
  void of_everySizeUpToTwelve_theSameAsListOf() {
    Object[] a = new Object[12];
    List<Object> expected = new ArrayList<>();
    for (int n = 0; n <= 12; n++) {
      assertThat(ExactLists.of(a, n)).isEqualTo(expected);
      assertThat(List.copyOf(ExactLists.of(a, n))).isEqualTo(expected);
      if (n < 12) {
        a[n] = n;
        expected.add(n);
      }
    }
  }

  @Test
  void of_nullArray_emptyList() {
    assertThat(ExactLists.of(null, 0)).isEmpty();
  }

  @Test
  void of_aNullAmongTheFirstElements_isRefused() {
    Object[] a = {"a", null, "c"};
    assertThatThrownBy(() -> ExactLists.of(a, 3)).isInstanceOf(NullPointerException.class);
    // The null beyond n is never read.
    assertThat(ExactLists.of(a, 1)).containsExactly("a");
  }
}
