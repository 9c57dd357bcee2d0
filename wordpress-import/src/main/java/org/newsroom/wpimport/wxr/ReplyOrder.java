package org.newsroom.wpimport.wxr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders one post's comments so that every reply follows its parent. A reply whose parent is not
 * among them (or that is its own ancestor) becomes top-level.
 */
final class ReplyOrder {

    private ReplyOrder() {
    }

    static List<WxrComment> parentsFirst(List<WxrComment> comments) {
        Map<String, WxrComment> byId = new LinkedHashMap<>();
        comments.forEach(comment -> byId.putIfAbsent(comment.id(), comment));
        Map<String, List<WxrComment>> children = new HashMap<>();
        List<WxrComment> roots = new ArrayList<>();
        for (WxrComment comment : byId.values()) {
            String parent = comment.parentId();
            if (comment.isTopLevel() || parent.equals(comment.id()) || !byId.containsKey(parent)) {
                roots.add(comment.isTopLevel() ? comment : comment.withParent(WxrComment.NO_PARENT));
            } else {
                children.computeIfAbsent(parent, id -> new ArrayList<>()).add(comment);
            }
        }
        List<WxrComment> ordered = new ArrayList<>(byId.size());
        Set<String> placed = new HashSet<>();
        placeThreads(roots, children, ordered, placed);
        for (WxrComment comment : byId.values()) {
            if (!placed.contains(comment.id())) {
                // only a cycle of replies is left unplaced: it is cut where the file first meets it
                placeThreads(List.of(comment.withParent(WxrComment.NO_PARENT)), children, ordered, placed);
            }
        }
        return ordered;
    }

    private static void placeThreads(List<WxrComment> tops, Map<String, List<WxrComment>> children,
                                     List<WxrComment> ordered, Set<String> placed) {
        Deque<WxrComment> pending = new ArrayDeque<>();
        for (int i = tops.size() - 1; i >= 0; i--) {
            pending.push(tops.get(i));
        }
        while (!pending.isEmpty()) {
            WxrComment next = pending.pop();
            if (!placed.add(next.id())) {
                continue;
            }
            ordered.add(next);
            List<WxrComment> replies = children.getOrDefault(next.id(), List.of());
            for (int i = replies.size() - 1; i >= 0; i--) {
                pending.push(replies.get(i));
            }
        }
    }
}
