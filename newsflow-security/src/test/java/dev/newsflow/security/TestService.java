package dev.newsflow.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service with one read and one write, secured by nothing but the auto-configuration under test. */
@SpringBootApplication
class TestService {

    @RestController
    static class Notes {

        @GetMapping("/api/notes")
        String read() {
            return "[]";
        }

        @PostMapping("/api/notes")
        String write() {
            return "written";
        }
    }
}
