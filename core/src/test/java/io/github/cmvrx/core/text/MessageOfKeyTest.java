package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Message.of(key): one shared message per key, equal to the message built with no arguments. */
class MessageOfKeyTest {

  @Test
  void of_key_sameInstanceOnEveryCall() {
    assertThat(Message.of(MessageKey.ONCE_DAILY)).isSameAs(Message.of(MessageKey.ONCE_DAILY));
  }

  @Test
  void of_key_equalsTheMessageWithAnEmptyArgumentArray() {
    Message shared = Message.of(MessageKey.VGC_TAKE_WITH_FOOD);
    Message fromArray = Message.of(MessageKey.VGC_TAKE_WITH_FOOD, new Object[0]);

    assertThat(shared).isEqualTo(fromArray).hasSameHashCodeAs(fromArray);
    assertThat(shared.key()).isEqualTo(MessageKey.VGC_TAKE_WITH_FOOD);
    assertThat(shared.args()).isEmpty();
    assertThat(shared).isNotEqualTo(Message.of(MessageKey.ONCE_DAILY));
  }

  @Test
  void of_key_rendersTheCatalogueText() {
    assertThat(Renderer.english().render(Message.of(MessageKey.ONCE_DAILY)))
        .isEqualTo("once daily");
  }
}
