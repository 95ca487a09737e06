package dev.newsflow.store.entity;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import java.sql.SQLException;
import java.time.Clock;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A parameter value the database cannot take is the client's to fix: 400 problem+json, never 500. */
@WebMvcTest(EntityController.class)
class EntityDatabaseRefusalTest {

    private static final String WINDOW = "/api/entities?from=2025-03-01&to=2025-03-02";

    private final MockMvc mvc;
    @MockitoBean
    EntityRepository entities;
    @MockitoBean
    Clock clock;

    EntityDatabaseRefusalTest(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Test
    void aValueOutOfTheDatabasesRangeIsA400() throws Exception {
        when(entities.top(any(), any(), any(), any(), anyInt()))
                .thenThrow(new DataIntegrityViolationException("date/time field value out of range"));
        mvc.perform(get(WINDOW))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void aQueryTheDatabaseCannotParseIsA400() throws Exception {
        when(entities.top(any(), any(), any(), any(), anyInt()))
                .thenThrow(new BadSqlGrammarException("top entities", "SELECT ...", new SQLException("bad value")));
        mvc.perform(get(WINDOW))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
