package dev.newsflow.store.entity;

import dev.newsflow.events.EntityType;
import dev.newsflow.store.api.NotFoundException;
import dev.newsflow.store.api.ParamParser;
import dev.newsflow.store.api.TimeField;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

@RestController
@RequestMapping(path = "/api/entities", produces = "application/json")
@Tag(name = "Entities", description = "People, organisations and places the articles name")
class EntityController {

    static final Duration DEFAULT_WINDOW = Duration.ofHours(24);
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    private final EntityRepository entities;
    private final Clock clock;

    EntityController(EntityRepository entities, Clock clock) {
        this.entities = entities;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Top entities in a time window",
            description = "Grouped by entity id; by mentions, then articles. The window defaults to the 24 hours "
                    + "before now.")
    List<EntitySummary> top(
            @Parameter(description = "Only this type", schema = @Schema(allowableValues = {"PERSON", "ORGANIZATION", "LOCATION"}))
            @RequestParam(required = false) String type,
            @Parameter(description = "Inclusive window start, ISO-8601 instant or date; default: to minus 24 hours")
            @RequestParam(required = false) String from,
            @Parameter(description = "Exclusive window end, ISO-8601 instant or date; default: now")
            @RequestParam(required = false) String to,
            @Parameter(description = "Which article time the window applies to",
                    schema = @Schema(allowableValues = {"published", "ingested"}, defaultValue = "published"))
            @RequestParam(required = false) String time,
            @Parameter(description = "How many entities, 1 to 200", schema = @Schema(defaultValue = "20"))
            @RequestParam(required = false) String limit) {
        ParamParser parser = new ParamParser();
        EntityType entityType = parser.entityType("type", type);
        Instant end = parser.time("to", to);
        Instant start = parser.time("from", from);
        TimeField field = parser.timeField("time", time, TimeField.PUBLISHED);
        int size = parser.limit("limit", limit, DEFAULT_LIMIT, MAX_LIMIT);
        end = end == null ? clock.instant() : end;
        start = start == null ? end.minus(DEFAULT_WINDOW) : start;
        if (parser.isValid() && !start.isBefore(end)) {
            parser.reject("from", "must be before to");
        }
        parser.throwIfInvalid();
        return entities.top(start, end, field, entityType, size);
    }

    @GetMapping("/{name}")
    @Operation(summary = "One entity by id, name or any surface form",
            description = "Case-insensitive. Its id, the name shown, the other forms seen (aliases), totals, a daily "
                    + "timeline and co-occurring entities, all grouped by entity id.")
    EntityDetail get(@PathVariable String name) {
        if (name.isBlank() || name.length() > ParamParser.MAX_TEXT_LENGTH) {
            throw new NotFoundException("entity", name);
        }
        return entities.resolve(ParamParser.asStored(name)).map(entities::detail)
                .orElseThrow(() -> new NotFoundException("entity", name));
    }
}
