package dev.newsflow.store.stats;

import dev.newsflow.store.StoreOnH2;

@StoreOnH2
class StatsApiOnH2Test extends StatsApiContract {
}
