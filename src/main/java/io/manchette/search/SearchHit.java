package io.manchette.search;

import java.time.Instant;

/** One match: which article, how relevant, the date that breaks ties, and the highlighted excerpt. */
public record SearchHit(long id, float rank, Instant at, String highlight) {}
