/**
 * The local-folder store: the embedded default, used by the CLI and the tests. Keys are paths under a
 * root folder. Writes are atomic renames. Every write holds an exclusive file lock on one of a fixed
 * set of lock files chosen by the key, so several processes can share one folder and a
 * compare-and-swap has a single winner. See {@link dev.newsdesk.store.local.LocalStore}.
 */
package dev.newsdesk.store.local;
