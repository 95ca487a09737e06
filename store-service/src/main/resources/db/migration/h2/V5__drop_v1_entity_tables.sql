-- V4 has brought every V1 entity, alias and article link over to the id-keyed tables.
DROP TABLE article_entity_v1;
DROP TABLE entity_alias_v1;
DROP TABLE entity_v1;
