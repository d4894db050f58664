package dev.ipwire.search.replay;

/** No replay job of that kind with that id is known to this instance. */
public class ReplayJobNotFoundException extends RuntimeException {

    public ReplayJobNotFoundException(String kind, String id) {
        super(
                "no "
                        + kind
                        + " job "
                        + id
                        + " is known here (job status lives in the memory of the search-service"
                        + " instance that started it; the last finished ones are kept)");
    }
}
