package io.cloudstore.bench.reference;

import java.util.List;

/** A page as the shop's JSON API shows one. */
record ReferencePage(List<ReferenceProduct> items, String nextCursor) {}
