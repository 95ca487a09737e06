package dev.newsflow.store.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stats", description = "Totals over the stored articles")
class StatsController {

    private final StatsRepository stats;

    StatsController(StatsRepository stats) {
        this.stats = stats;
    }

    @GetMapping(path = "/api/stats", produces = "application/json")
    @Operation(summary = "Articles per source, language and sentiment label, and totals")
    StoreStats stats() {
        return stats.stats();
    }
}
