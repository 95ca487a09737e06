-- V10 has copied every link into article_link.
DROP TABLE IF EXISTS article_entity;
