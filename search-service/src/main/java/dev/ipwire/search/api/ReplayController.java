package dev.ipwire.search.api;

import static dev.ipwire.search.api.ApiDocumentation.UNAVAILABLE;

import dev.ipwire.search.replay.InvalidReplayRequestException;
import dev.ipwire.search.replay.ReenrichStatus;
import dev.ipwire.search.replay.ReindexStatus;
import dev.ipwire.search.replay.ReplayJobNotFoundException;
import dev.ipwire.search.replay.ReplayJobRunningException;
import dev.ipwire.search.replay.ReplayJobs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/reindex} and {@code /api/v1/admin/reenrich}: replay jobs, started with a
 * POST (202 and the job's status, {@code Location} to follow it) and followed with a GET.
 */
@RestController
class ReplayController {

    static final String REINDEX = "/api/v1/admin/reindex";
    static final String REENRICH = "/api/v1/admin/reenrich";
    private static final String JOB_NOT_FOUND =
            "No such job on this instance (job status lives in the memory of the instance that"
                    + " started it).";

    private final ReplayJobs jobs;

    ReplayController(ReplayJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * @param previous keep (default) or delete: the index the alias named before the swap
     * @param force swap even when articles of the old index are not on articles.enriched
     */
    record ReindexRequest(String previous, Boolean force) {}

    /**
     * @param nlpVersion the current version of nlp-service; articles enriched by another are stale
     * @param dryRun only count the stale articles
     */
    record ReenrichRequest(String nlpVersion, Boolean dryRun) {}

    @Operation(
            summary = "Rebuild the index from articles.enriched",
            description =
                    "Builds articles-v{N+1} from the compacted topic with the same idempotent"
                            + " writes as the live consumer, catches up with what arrived"
                            + " meanwhile, checks that every article of the old index is in it,"
                            + " and swaps the alias in one atomic request; searches keep"
                            + " answering throughout. The previous index is kept (older ones are"
                            + " deleted) unless previous=delete.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ReindexRequest.class))))
    @ApiResponse(
            responseCode = "202",
            description = "Started; Location is the job's status.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ReindexStatus.class)))
    @ApiResponse(responseCode = "400", description = "previous is neither keep nor delete.")
    @ApiResponse(responseCode = "409", description = "A rebuild is running; detail names it.")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @PostMapping(path = REINDEX, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReindexStatus> reindex(@RequestBody(required = false) ReindexRequest request)
            throws IOException {
        ReindexRequest asked = request == null ? new ReindexRequest(null, null) : request;
        ReindexStatus started = jobs.reindex(asked.previous(), Boolean.TRUE.equals(asked.force()));
        return ResponseEntity.accepted()
                .location(URI.create(REINDEX + "/" + started.job()))
                .body(started);
    }

    @Operation(summary = "A rebuild's progress and counts")
    @ApiResponse(responseCode = "200", description = "The job.")
    @ApiResponse(responseCode = "404", description = JOB_NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = REINDEX + "/{job}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReindexStatus reindexStatus(@Parameter(description = "Job id.") @PathVariable String job) {
        return jobs.reindexStatus(job);
    }

    @Operation(
            summary = "Re-enrich articles whose nlpVersion is stale",
            description =
                    "Finds the indexed articles enriched by another nlpVersion than the given"
                            + " one and republishes their latest revision on articles.raw with"
                            + " the next enrichment generation, so nlp-service enriches them"
                            + " again and the new enrichment replaces the stale one in the index"
                            + " (same revision). dryRun only counts.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema =
                                                    @Schema(
                                                            implementation =
                                                                    ReenrichRequest.class))))
    @ApiResponse(
            responseCode = "202",
            description = "Started; Location is the job's status.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = ReenrichStatus.class)))
    @ApiResponse(responseCode = "400", description = "nlpVersion is missing.")
    @ApiResponse(responseCode = "409", description = "A re-enrichment is running; detail names it.")
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @PostMapping(path = REENRICH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReenrichStatus> reenrich(@RequestBody(required = false) ReenrichRequest request)
            throws IOException {
        ReenrichRequest asked = request == null ? new ReenrichRequest(null, null) : request;
        ReenrichStatus started =
                jobs.reenrich(asked.nlpVersion(), Boolean.TRUE.equals(asked.dryRun()));
        return ResponseEntity.accepted()
                .location(URI.create(REENRICH + "/" + started.job()))
                .body(started);
    }

    @Operation(summary = "A re-enrichment's progress and counts")
    @ApiResponse(responseCode = "200", description = "The job.")
    @ApiResponse(responseCode = "404", description = JOB_NOT_FOUND)
    @ApiResponse(responseCode = "503", description = UNAVAILABLE)
    @GetMapping(path = REENRICH + "/{job}", produces = MediaType.APPLICATION_JSON_VALUE)
    ReenrichStatus reenrichStatus(@Parameter(description = "Job id.") @PathVariable String job) {
        return jobs.reenrichStatus(job);
    }

    @ExceptionHandler(InvalidReplayRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReplayRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid replay request", e.getMessage());
    }

    @ExceptionHandler(ReplayJobNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ReplayJobNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Job not found", e.getMessage());
    }

    @ExceptionHandler(ReplayJobRunningException.class)
    ResponseEntity<ProblemDetail> running(ReplayJobRunningException e) {
        return problem(HttpStatus.CONFLICT, "Job running", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(
            HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
