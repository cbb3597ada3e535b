/**
 * The records every stage passes along: raw documents in, articles, analyses, stories out.
 *
 * <p>Records only, JDK only. Every record is immutable: lists are copied on construction and
 * nulls are rejected unless a component is documented as optional.
 */
package dev.newsdesk.model;
