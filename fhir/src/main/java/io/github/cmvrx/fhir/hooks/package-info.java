/**
 * The CDS Hooks 2.0 service: discovery, {@code patient-view}, {@code order-select} and
 * {@code order-sign}, feedback, and the "Trusting CDS Clients" JWT checks. Built on the JDK's
 * {@code com.sun.net.httpserver} (decision record 1104).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.fhir.hooks;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
