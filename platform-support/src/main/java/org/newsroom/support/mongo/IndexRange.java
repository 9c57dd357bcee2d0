package org.newsroom.support.mongo;

import java.util.List;

/** A part of a secondary index a query reads: the values of its leading fields, and whether it comes in the query's order. */
record IndexRange(SecondaryIndex index, List<List<Object>> prefixValues, SortOrder order) {

    boolean inSortOrder() {
        return order != SortOrder.NONE && prefixValues.stream().allMatch(values -> values.size() == 1) && !index.isMultikey();
    }

    boolean descending() {
        return order == SortOrder.DESCENDING;
    }

    boolean betterThan(IndexRange other) {
        if (prefixValues.size() != other.prefixValues.size()) {
            return prefixValues.size() > other.prefixValues.size();
        }
        return inSortOrder() && !other.inSortOrder();
    }
}
