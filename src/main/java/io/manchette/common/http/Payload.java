package io.manchette.common.http;

/** A response body already serialised: written as it is, whatever its media type. */
public record Payload(byte[] bytes) {}
