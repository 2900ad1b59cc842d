package dev.terrain.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page every signed-in user lands on. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
