package org.gongkai.app.serve;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch: {@code GET /lang?to=en&back=/search?q=就业} keeps the choice in a cookie for a
 * year and goes back to the page the reader was on (only to a path on this site).
 */
@Controller
class LangController {

    @GetMapping("/lang")
    ResponseEntity<Void> choose(@RequestParam(name = "to", defaultValue = "zh") String to,
                                @RequestParam(name = "back", defaultValue = "/") String back) {
        Lang lang = Lang.parse(to);
        ResponseCookie cookie = ResponseCookie.from(Lang.COOKIE, lang == Lang.EN ? "en" : "zh")
                .path("/").maxAge(365L * 24 * 3600).sameSite("Lax").build();
        return ResponseEntity.status(303).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, sitePath(back)).build();
    }

    /** {@code back} when it is a path on this site, else "/": never a redirect elsewhere. */
    static String sitePath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")
                || back.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return back;
    }
}
