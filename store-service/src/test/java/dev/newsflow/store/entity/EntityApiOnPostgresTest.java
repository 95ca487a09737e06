package dev.newsflow.store.entity;

import dev.newsflow.store.StoreOnPostgres;

@StoreOnPostgres
class EntityApiOnPostgresTest extends EntityApiContract {
}
