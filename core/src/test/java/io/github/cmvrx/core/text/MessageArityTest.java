package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Message.of with four to eight arguments: the same message as the variable-arity factory, the
 * arguments in the order given, none of them null.
 */
class MessageArityTest {
  private static final MessageKey KEY = MessageKey.WEIGHT_BASIS;

  @Test
  void of_fourToEightArguments_equalsTheVariableArityMessage() {
    assertThat(Message.of(KEY, 1, 2, 3, 4)).isEqualTo(Message.of(KEY, new Object[] {1, 2, 3, 4}));
    assertThat(Message.of(KEY, 1, 2, 3, 4, 5))
        .isEqualTo(Message.of(KEY, new Object[] {1, 2, 3, 4, 5}));
    assertThat(Message.of(KEY, 1, 2, 3, 4, 5, 6))
        .isEqualTo(Message.of(KEY, new Object[] {1, 2, 3, 4, 5, 6}));
    assertThat(Message.of(KEY, 1, 2, 3, 4, 5, 6, 7))
        .isEqualTo(Message.of(KEY, new Object[] {1, 2, 3, 4, 5, 6, 7}));
    Message eight = Message.of(KEY, 1, 2, 3, 4, 5, 6, 7, 8);
    Message fromArray = Message.of(KEY, new Object[] {1, 2, 3, 4, 5, 6, 7, 8});
    assertThat(eight).isEqualTo(fromArray).hasSameHashCodeAs(fromArray);
  }

  @Test
  void of_eightArguments_keepsTheirOrder() {
    assertThat(Message.of(KEY, "a", "b", "c", "d", "e", "f", "g", "h").args())
        .isEqualTo(List.of("a", "b", "c", "d", "e", "f", "g", "h"));
    assertThat(Message.of(KEY, 4, 3, 2, 1)).isNotEqualTo(Message.of(KEY, 1, 2, 3, 4));
  }

  @Test
  void of_aNullArgument_isRefused() {
    assertThatThrownBy(() -> Message.of(KEY, 1, 2, 3, 4, 5, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("message argument");
    assertThatThrownBy(() -> Message.of(null, 1, 2, 3, 4))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("key");
  }
}
