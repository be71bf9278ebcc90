package io.manchette.delivery;

/** A response body already serialised: written as it is, whatever its media type. */
public record Payload(byte[] bytes) {}
