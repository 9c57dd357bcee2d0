package org.newsroom.wpimport.wxr;

/** The file is not an export we can import: not well-formed XML, not WXR, or it declares a DOCTYPE or entities. */
public class InvalidExport extends Exception {

    public InvalidExport(String reason) {
        super(reason);
    }
}
