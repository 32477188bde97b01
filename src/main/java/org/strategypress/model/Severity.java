package org.strategypress.model;

/** How bad a problem is. Ordered from worst to mildest. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    /** The word printed in diagnostics: error, warning, info. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses error, warning, info or off; null for anything else. */
    public static Severity parse(String s) {
        if (s == null) return null;
        for (Severity v : values()) if (v.label().equals(s.trim().toLowerCase(java.util.Locale.ROOT))) return v;
        return null;
    }
}
