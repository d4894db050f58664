package dev.ipwire.ingest.publishing;

import dev.ipwire.contracts.ArticleReceived;
import dev.ipwire.ingest.registry.ArticleLogListener;
import dev.ipwire.ingest.registry.PipelineStage;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what the registry would have been told. */
class RecordingListener implements ArticleLogListener {

    record Failed(String id, Long revision, PipelineStage stage, String reason, Instant at) {}

    final List<ArticleReceived> received = new CopyOnWriteArrayList<>();
    final List<String> enriched = new CopyOnWriteArrayList<>();
    final List<Failed> failed = new CopyOnWriteArrayList<>();

    @Override
    public void received(ArticleReceived article) {
        received.add(article);
    }

    @Override
    public void enriched(String id, long revision) {
        enriched.add(id + "@" + revision);
    }

    @Override
    public void failed(String id, Long revision, PipelineStage stage, String reason, Instant at) {
        failed.add(new Failed(id, revision, stage, reason, at));
    }
}
