package io.manchette.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The Belgian region of an offer's workplace. */
@Schema(name = "Region")
public enum Region {
    BRUXELLES("Bruxelles-Capitale"),
    WALLONIE("Wallonie"),
    FLANDRE("Flandre");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    /** The region's name in an address (schema.org addressRegion). */
    public String label() {
        return label;
    }
}
