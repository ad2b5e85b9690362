package io.github.cmvrx.fhir.hooks;

/** A request the service cannot read: answered 400 with an OperationOutcome naming the element. */
final class BadRequest extends Exception {
  private static final long serialVersionUID = 1L;

  private final String element;

  BadRequest(String element, String message) {
    super(message, null, false, false);
    this.element = element;
  }

  String element() {
    return element;
  }
}
