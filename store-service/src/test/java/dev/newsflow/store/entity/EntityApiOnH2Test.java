package dev.newsflow.store.entity;

import dev.newsflow.store.StoreOnH2;

@StoreOnH2
class EntityApiOnH2Test extends EntityApiContract {
}
