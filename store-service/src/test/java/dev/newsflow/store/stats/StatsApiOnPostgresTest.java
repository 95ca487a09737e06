package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnPostgres;

@StoreOnPostgres
class StatsApiOnPostgresTest extends StatsApiContract {
}
