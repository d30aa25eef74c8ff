package org.tradeguard.cli;

/** Output formats of data on stdout. */
enum OutputFormat { text, json }
