package dev.newsdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: options ({@code --name value} or {@code --name=value}), flags
 * ({@code --quiet}) and positional operands. Unknown options are usage errors that name the option.
 */
final class Args {
  private final Map<String, String> options = new LinkedHashMap<>();
  private final List<String> operands = new ArrayList<>();

  private Args() {}

  /**
   * @param args         the arguments after the command name
   * @param valueOptions options that take a value
   * @param flags        options that take none
   */
  static Args parse(List<String> args, Set<String> valueOptions, Set<String> flags) {
    Args parsed = new Args();
    boolean onlyOperands = false;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (onlyOperands || !a.startsWith("--")) {
        parsed.operands.add(a);
      } else if (a.equals("--")) {
        onlyOperands = true;
      } else {
        String name = a.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (flags.contains(name)) {
          if (value != null) {
            throw new UsageException("--" + name + " takes no value");
          }
          parsed.options.put(name, "true");
        } else if (valueOptions.contains(name)) {
          if (value == null) {
            if (i + 1 >= args.size()) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = args.get(++i);
          }
          parsed.options.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      }
    }
    return parsed;
  }

  String option(String name) {
    return options.get(name);
  }

  String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  List<String> operands() {
    return List.copyOf(operands);
  }
}
