package org.tradeguard.model.trade;

import java.time.LocalDate;

/** A signature on an end-user certificate (C-4): a responsible official, title and date. */
public record Signature(String name, String title, LocalDate date) {}
