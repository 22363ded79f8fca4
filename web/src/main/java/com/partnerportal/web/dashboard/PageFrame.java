package com.partnerportal.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A page made of the caller's frame (the layout: header, navigation, sign-out form — rendered for every request) and
 * content kept already encoded. The frame is rendered with {@link #SLOT} where the content goes; the slot is a comment
 * no escaped value can produce (Qute escapes {@code <} in every value), so it is found exactly once.
 */
final class PageFrame {

    /** Where the kept content goes in the rendered frame. */
    static final String SLOT = "<!--kept-content-->";

    private PageFrame() {
    }

    /** The page: the frame's part before the slot, the content, the frame's part after it. */
    static byte[] around(String frame, byte[] content) {
        int at = frame.indexOf(SLOT);
        if (at < 0 || frame.indexOf(SLOT, at + SLOT.length()) >= 0) {
            throw new IllegalStateException("The page frame must hold the content slot exactly once");
        }
        byte[] head = frame.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] tail = frame.substring(at + SLOT.length()).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream page = new ByteArrayOutputStream(head.length + content.length + tail.length);
        page.writeBytes(head);
        page.writeBytes(content);
        page.writeBytes(tail);
        return page.toByteArray();
    }
}
