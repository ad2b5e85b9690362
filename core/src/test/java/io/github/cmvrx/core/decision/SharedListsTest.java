package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists of shared values, kept and found by the identity of their elements. */
class SharedListsTest {
  private static final Object A = new Object();
  private static final Object B = new Object();
  private static final Object C = new Object();

  @Test
  void of_sameElementsTwice_theSameListEqualToAFreshOne() {
    SharedLists lists = new SharedLists(16);
    List<Object> first = lists.of(new Object[] {A, B, C}, 3);
    List<Object> second = lists.of(new Object[] {A, B, C, A}, 3);
    assertThat(second).isSameAs(first).isEqualTo(List.of(A, B, C));
    assertThat(List.copyOf(first)).isSameAs(first);
  }

  @Test
  void of_otherOrderOrLength_anotherListWithExactlyThoseElements() {
    SharedLists lists = new SharedLists(16);
    var unused = lists.of(new Object[] {A, B}, 2);
    assertThat(lists.of(new Object[] {B, A}, 2)).containsExactly(B, A);
    assertThat(lists.of(new Object[] {A, B}, 1)).containsExactly(A);
  }

  @Test
  void of_equalButNotTheSameElements_notTakenForTheKeptList() {
    SharedLists lists = new SharedLists(1);
    String x = new String("x");
    String y = new String("x");
    List<Object> withX = lists.of(new Object[] {x}, 1);
    List<Object> withY = lists.of(new Object[] {y}, 1);
    assertThat(withY.get(0)).isSameAs(y);
    assertThat(withX.get(0)).isSameAs(x);
  }

  @Test
  void of_oneSlotForTwoLists_eachAnswerStillHoldsItsOwnElements() {
    SharedLists lists = new SharedLists(1);
    for (int i = 0; i < 3; i++) {
      assertThat(lists.of(new Object[] {A, B}, 2)).containsExactly(A, B);
      assertThat(lists.of(new Object[] {C}, 1)).containsExactly(C);
    }
  }

  @Test
  void of_noElements_theEmptyList() {
    assertThat(new SharedLists(4).of(new Object[0], 0)).isSameAs(List.of());
  }

  @Test
  void constructor_notAPowerOfTwo_rejected() {
    assertThatThrownBy(() -> new SharedLists(3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SharedLists(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
