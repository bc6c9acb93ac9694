package io.cloudstore.domain.user;

/** What a user may do: shop, or also manage the catalog and ship orders. */
public enum Role {
  CUSTOMER,
  ADMIN
}
