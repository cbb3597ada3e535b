package dev.newsdesk.model;

import java.util.Objects;

/**
 * A date expression in the text and, where it can be known, the date it names.
 *
 * @param sentence index of the sentence it stands in
 * @param text     the words as written, e.g. {@code 28 January}, {@code Wednesday night}, {@code last month}
 * @param value    ISO-8601 value when known: {@code 2024-01-28}; a partial date when the year is not known
 *                 ({@code --01-28}); a month ({@code 2024-01}), an ISO week ({@code 2024-W05}, for
 *                 "last week") or a year ({@code 2024}); {@code null} when
 *                 the expression is relative and the article has no publication date to resolve it against
 * @param relative whether the expression is relative to the publication date ("Wednesday", "last month")
 */
public record DateMention(int sentence, String text, String value, boolean relative) {
  public DateMention {
    Objects.requireNonNull(text, "text");
  }
}
