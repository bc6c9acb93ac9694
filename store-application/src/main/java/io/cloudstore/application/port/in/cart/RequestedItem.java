package io.cloudstore.application.port.in.cart;

/** One item as a client asked for it, before validation: raw id and quantity, either possibly missing. */
public record RequestedItem(String productId, Integer quantity) {}
