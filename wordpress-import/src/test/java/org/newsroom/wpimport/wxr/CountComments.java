package org.newsroom.wpimport.wxr;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** Validates and reads an export, printing how many comments it read: run in a JVM with a small heap. */
public final class CountComments {

    private CountComments() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        WxrReader.validate(file);
        AtomicLong comments = new AtomicLong();
        WxrReader.read(file, item -> comments.addAndGet(item.comments().size()));
        System.out.println(comments.get());
    }
}
