package io.cloudstore.bench.reference;

/** A product as the shop's JSON API shows it: the same fields, so the same serialisation work. */
record ReferenceProduct(
    String id,
    String name,
    String description,
    String category,
    long price,
    String currency,
    String imageUrl,
    int stock,
    String createdAt,
    String updatedAt) {}
