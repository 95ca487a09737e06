package dev.newsflow.events;

public enum EntityType {
    PERSON, ORGANIZATION, LOCATION
}
