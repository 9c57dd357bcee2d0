package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * One key of one document in a {@link SecondaryIndex}; a document has several when an indexed
 * field holds an array. A null position marks the start of a range (it sorts before every document).
 */
record IndexEntry(KeyValue key, Object position) {
}
