/**
 * Internals of the core module: not part of the public API, may change without notice.
 */
@NullMarked
package io.github.cmvrx.core.internal;

import org.jspecify.annotations.NullMarked;
