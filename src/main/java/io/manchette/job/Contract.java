package io.manchette.job;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The kind of contract, with its schema.org employmentType (Google's JobPosting values). */
@Schema(name = "Contract")
public enum Contract {
    CDI("FULL_TIME"),
    CDD("TEMPORARY"),
    INTERIM("TEMPORARY"),
    FREELANCE("CONTRACTOR"),
    STAGE("INTERN"),
    ETUDIANT("PART_TIME");

    private final String employmentType;

    Contract(String employmentType) {
        this.employmentType = employmentType;
    }

    public String employmentType() {
        return employmentType;
    }
}
