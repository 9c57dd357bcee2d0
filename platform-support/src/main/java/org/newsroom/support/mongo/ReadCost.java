package org.newsroom.support.mongo;

/** Reads of one embedded collection since the store opened: full scans, and documents read to answer queries. */
public record ReadCost(long collectionScans, long documentsExamined) {

    public ReadCost since(ReadCost earlier) {
        return new ReadCost(collectionScans - earlier.collectionScans, documentsExamined - earlier.documentsExamined);
    }
}
