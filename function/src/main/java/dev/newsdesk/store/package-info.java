/**
 * The store port: the one way the desk reads and writes objects, with the two conditional writes
 * (create-if-absent and compare-and-swap) that make concurrent invocations safe.
 *
 * <p>Adapters: {@code store.local} (a folder; the embedded default) and {@code store.s3} (AWS SDK v2).
 * Both must pass {@code StoreContractTest}.
 */
package dev.newsdesk.store;
