package io.cloudstore.application.cache;

/**
 * What the catalog cache did since the store was built, and what it holds now.
 *
 * @param hits reads answered without a storage call of their own: from a fresh cached answer, or by waiting
 *     for the same read that another request had already started
 * @param misses reads that called storage
 * @param answers answers held now (pages, product views, the category list), expired ones not yet dropped
 *     included
 * @param products what those answers count as against {@link CatalogCacheSettings#maxProducts()}
 */
public record CatalogCacheStatistics(long hits, long misses, int answers, long products) {}
