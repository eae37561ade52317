package io.hookwire.testplugin.recorder.internal;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One dispatch that the recorder saw.
 *
 * @param seq its place in the order of all recorded dispatches, from 1
 * @param hook the action
 * @param payload the payload as JSON, taken when it fired
 * @param thread the thread it fired on
 * @param at when
 */
public record RecordedEvent(long seq, String hook, JsonNode payload, String thread, Instant at) {}
