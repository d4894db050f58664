package dev.ipwire.nlp.topics;

/**
 * A term that signals a topic.
 *
 * @param topic topic name
 * @param term the cue, in simplified characters
 * @param weight how much one sentence containing it adds
 */
public record TopicCue(String topic, String term, double weight) {}
