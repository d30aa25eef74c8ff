package org.tradeguard.server;

/** Whether the lists are in service yet: screening waits (503) until they are. */
final class Readiness {
    private volatile ListSet lists;
    private volatile String failure;

    void ready(ListSet l) {
        this.lists = l;
        this.failure = null;
    }

    void failed(String why) {
        this.failure = why;
    }

    /** The lists, or null while loading. */
    ListSet peek() {
        return lists;
    }

    String failure() {
        return failure;
    }

    /** The lists, or a 503 problem while they load (or after they failed to). */
    ListSet lists() {
        ListSet l = lists;
        if (l == null) {
            throw Problem.unavailable(failure == null ? "the lists are still loading; see /readyz"
                    : "the lists could not be loaded: " + failure);
        }
        return l;
    }
}
