package org.strategypress.render.word;

/**
 * POI logs through the Log4j API (and PDFBox through commons-logging, which finds that API), and with no Log4j
 * provider on the class path the API prints an error on first use. strategy-press reports its own problems: Log4j gets the no-op provider of its API jar, unless the JVM was
 * started with a provider of its own.
 */
public final class PoiLogging {

    private PoiLogging() {
    }

    /** Call before the first POI class loads. */
    public static void quiet() {
        if (System.getProperty("log4j.provider") == null && System.getProperty("log4j2.provider") == null)
            System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        if (System.getProperty("log4j2.simplelogLevel") == null) System.setProperty("log4j2.simplelogLevel", "OFF");
        if (System.getProperty("log4j2.statusLoggerLevel") == null) System.setProperty("log4j2.statusLoggerLevel", "OFF");
    }
}
