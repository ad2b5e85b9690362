/**
 * The {@code cmvrx} command line: {@link io.github.cmvrx.cli.Main} and its
 * subcommands. Standard output carries only JSON; messages go to standard error. Exit codes:
 * 0 answered (a refused case is still 0), 1 internal error, 2 usage error or unreadable input,
 * 3 some NDJSON lines could not be answered, 4 the output could not be written (decision 0902).
 */
@NullMarked
@CheckReturnValue
package io.github.cmvrx.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
