package com.partnerportal.web.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This node's name in what the jobs record — who claimed a month's close or a designation day, who computed a
 * recompute chunk: its host name and process id, so that two nodes on one host are told apart.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static String name() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
