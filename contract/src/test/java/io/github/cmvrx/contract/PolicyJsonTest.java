package io.github.cmvrx.contract;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading and writing a policy file (shared case-format, Policy). */
class PolicyJsonTest {

  @CanIgnoreReturnValue
  static Policy valid(String json) {
    JsonResult<Policy> r = PolicyJson.read(json);
    assertThat(r).as("expected a valid policy, got %s", r).isInstanceOf(JsonResult.Valid.class);
    return ((JsonResult.Valid<Policy>) r).value();
  }

  static List<FieldError> errors(String json) {
    JsonResult<Policy> r = PolicyJson.read(json);
    assertThat(r).isInstanceOf(JsonResult.Invalid.class);
    return ((JsonResult.Invalid<Policy>) r).errors();
  }

  @Test
  void read_emptyObject_isDefaults() {
    assertThat(valid("{}")).isEqualTo(Policy.defaults());
  }

  @Test
  void read_everyKey_readsIt() {
    Policy p =
        valid(
            "{\"dosingWeight\": \"adjusted\", \"crclWeight\": \"ideal\","
                + " \"foscarnetInduction\": \"90q12h\", \"foscarnetMaintenance\": 120,"
                + " \"roundingMg\": 25}");
    assertThat(p.dosingWeight()).isEqualTo(WeightBasis.ADJUSTED);
    assertThat(p.crclWeight()).isEqualTo(WeightBasis.IDEAL);
    assertThat(p.foscarnetInduction()).isEqualTo(FoscarnetInductionScheme.MG90_Q12H);
    assertThat(p.foscarnetMaintenance()).isEqualTo(FoscarnetMaintenanceScheme.MG120_PER_DAY);
    assertThat(p.roundingMg()).isEqualTo(25.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"120", "\"120\"", "120.0"})
  void read_maintenanceAsNumberOrString_accepted(String value) {
    assertThat(valid("{\"foscarnetMaintenance\": " + value + "}").foscarnetMaintenance())
        .isEqualTo(FoscarnetMaintenanceScheme.MG120_PER_DAY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"100", "\"100\"", "90.5", "true"})
  void read_maintenanceNotAScheme_refused(String value) {
    List<FieldError> e = errors("{\"foscarnetMaintenance\": " + value + "}");
    assertThat(e).extracting(FieldError::field).containsExactly("foscarnetMaintenance");
    assertThat(e.get(0).message()).contains("90").contains("120");
  }

  @Test
  void read_unknownInduction_listsAccepted() {
    List<FieldError> e = errors("{\"foscarnetInduction\": \"60q12h\"}");
    assertThat(e).extracting(FieldError::field).containsExactly("foscarnetInduction");
    assertThat(e.get(0).message()).contains("60q8h, 90q12h");
  }

  @Test
  void read_unknownWeightBasis_listsAccepted() {
    List<FieldError> e = errors("{\"dosingWeight\": \"lean\"}");
    assertThat(e.get(0).message()).contains("actual, ideal, adjusted");
  }

  @Test
  void read_negativeRounding_refused() {
    List<FieldError> e = errors("{\"roundingMg\": -5}");
    assertThat(e).extracting(FieldError::field).containsExactly("roundingMg");
    assertThat(e.get(0).message()).contains("-5").contains("[0, 1000] mg");
  }

  @Test
  void read_unknownKey_namesIt() {
    List<FieldError> e = errors("{\"dosingWieght\": \"actual\"}");
    assertThat(e).extracting(FieldError::field).containsExactly("dosingWieght");
    assertThat(e.get(0).message()).contains("unknown key").contains("dosingWeight");
  }

  @Test
  void read_nullValue_refused() {
    List<FieldError> e = errors("{\"crclWeight\": null}");
    assertThat(e).extracting(FieldError::field).containsExactly("crclWeight");
  }

  @Test
  void read_notJson_refusedOnRoot() {
    assertThat(errors("{\"roundingMg\": ")).extracting(FieldError::field).containsExactly("roundingMg");
  }

  @ParameterizedTest
  @EnumSource(WeightBasis.class)
  void roundTrip_everyWeightBasis_equal(WeightBasis basis) {
    Policy p = Policy.builder().dosingWeight(basis).crclWeight(basis).build();
    assertThat(PolicyJson.read(PolicyJson.write(p))).isEqualTo(new JsonResult.Valid<>(p));
  }

  @Test
  void roundTrip_everySchemeAndRounding_equal() {
    for (FoscarnetInductionScheme i : FoscarnetInductionScheme.values()) {
      for (FoscarnetMaintenanceScheme m : FoscarnetMaintenanceScheme.values()) {
        Policy p =
            Policy.builder().foscarnetInduction(i).foscarnetMaintenance(m).roundingMg(12.5).build();
        assertThat(PolicyJson.read(PolicyJson.write(p))).isEqualTo(new JsonResult.Valid<>(p));
      }
    }
  }
}
