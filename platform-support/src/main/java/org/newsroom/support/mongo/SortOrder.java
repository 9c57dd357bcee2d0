package org.newsroom.support.mongo;

import de.bwaldvogel.mongo.bson.Document;

import java.util.List;
import java.util.Map;

/**
 * Whether reading a secondary index after its first {@code prefix} fields yields a query's sort:
 * the sort's fields are the index's next fields, all ascending (read forwards) or all descending
 * (read backwards). The embedded index orders every field ascending, then by {@code _id}.
 */
enum SortOrder {
    NONE, ASCENDING, DESCENDING;

    static SortOrder of(SecondaryIndex index, int prefix, Document orderBy) {
        if (orderBy == null || orderBy.isEmpty()) {
            return NONE;
        }
        List<String> fields = index.fields();
        int position = prefix;
        Boolean ascending = null;
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            if (!(sort.getValue() instanceof Number direction) || Math.abs(direction.intValue()) != 1) {
                return NONE;
            }
            boolean up = direction.intValue() == 1;
            if (ascending != null && ascending != up) {
                return NONE;
            }
            ascending = up;
            boolean nextField = position < fields.size() && fields.get(position).equals(sort.getKey());
            boolean tieBreakById = position == fields.size() && sort.getKey().equals("_id");
            if (!nextField && !tieBreakById) {
                return NONE;
            }
            position++;
        }
        return ascending ? ASCENDING : DESCENDING;
    }
}
