package dev.ipwire.nlp.analysis;

/**
 * One segmented word.
 *
 * @param text the word in the simplified view
 * @param tag HanLP part-of-speech tag (nr person, ns place, nt organization, nz domain term…)
 * @param start offset in the text (same in the original and the simplified view)
 */
public record Token(String text, String tag, int start) {

    public int end() {
        return start + text.length();
    }

    public boolean isPerson() {
        return tag.startsWith("nr");
    }

    public boolean isPlace() {
        return tag.startsWith("ns");
    }

    public boolean isOrganization() {
        return tag.startsWith("nt");
    }
}
