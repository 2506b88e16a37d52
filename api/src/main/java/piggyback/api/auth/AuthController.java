package piggyback.api.auth;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import piggyback.api.accounts.ChildView;
import piggyback.api.security.Caller;
import piggyback.api.security.Credential;
import piggyback.api.security.Sessions;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;

/** Sign-in and sign-out for every role (docs/api-contract.md#auth, docs/decisions/0021-accounts-and-logins.md). */
@RestController
@Tag(name = "auth")
class AuthController {

    private final Logins logins;
    private final Sessions sessions;

    AuthController(Logins logins, Sessions sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    /** Always 200, as the legacy page reads only the body; a right admin password also opens an admin session. */
    @PostMapping(value = "/api/verify-password",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    @Operation(summary = "Verify admin/expert password (legacy)")
    Map<String, Object> verifyPassword(@RequestParam("user_type") String userType, @RequestParam String password,
                                       HttpServletRequest request, HttpServletResponse response) {
        if ("admin".equals(userType)) {
            if (logins.admin(password, request)) {
                sessions.signIn(Caller.admin(), Credential.PASSWORD, request, response);
                return Json.obj("success", true, "redirect", "/admin");
            }
            return Json.obj("success", false, "message", "Invalid password");
        }
        if ("expert".equals(userType)) {
            return Json.obj("success", false, "message", "Use expert ID + password login.");
        }
        return Json.obj("success", false, "message", "Invalid password");
    }

    @PostMapping("/api/admin/verify-access")
    @Operation(summary = "Admin login with ADMIN_PASSWORD")
    ResponseEntity<Map<String, Object>> verifyAccess(@RequestBody Map<String, Object> body,
                                                     HttpServletRequest request, HttpServletResponse response) {
        String password = JsonBody.of(body).firstText(Limits.FIELD, "password", "code");
        if (password == null || password.isEmpty()) {
            return ResponseEntity.badRequest().body(Json.obj("success", false, "message", "password is required"));
        }
        if (!logins.admin(password, request)) {
            return ResponseEntity.status(401).body(Json.obj("success", false, "message", "Invalid access code"));
        }
        sessions.signIn(Caller.admin(), Credential.PASSWORD, request, response);
        return ResponseEntity.ok(Json.obj("success", true, "redirect", "/admin"));
    }

    /**
     * The seed's {@code {access_code}} and the reference's {@code {expert_id, password}}
     * (docs/decisions/0021-accounts-and-logins.md).
     */
    @PostMapping("/api/expert/login")
    @Operation(summary = "Parent/expert login with personal access code")
    ResponseEntity<Map<String, Object>> expertLogin(@RequestBody Map<String, Object> body,
                                                    HttpServletRequest request, HttpServletResponse response) {
        JsonBody fields = JsonBody.of(body);
        String accessCode = fields.text("access_code", Limits.FIELD);
        boolean byCode = accessCode != null && !accessCode.isEmpty();
        var expert = byCode ? logins.expertByCode(accessCode, request)
                : logins.expertByPassword(fields.text("expert_id", Limits.FIELD), fields.text("password", Limits.FIELD),
                request);
        if (expert.isEmpty()) {
            return ResponseEntity.status(401).body(Json.obj("success", false,
                    "message", byCode ? "Invalid access code" : "Invalid expert ID or password"));
        }
        sessions.signIn(Caller.expert(expert.get().expertId(), expert.get().displayName()),
                byCode ? Credential.CODE : Credential.PASSWORD, request, response);
        return ResponseEntity.ok(Json.obj("success", true, "redirect", "/expert/",
                "expert", Json.obj("expert_id", expert.get().expertId(), "display_name", expert.get().displayName())));
    }

    @PostMapping("/api/expert/logout")
    @Operation(summary = "Expert logout")
    Map<String, Object> logout(HttpServletRequest request) {
        sessions.signOut(request);
        return Json.obj("success", true);
    }

    /**
     * The parents' page sign-in: the parent's id and its own password. The family code the child
     * types on the device does not open it, so a child cannot reach its parents' page.
     */
    @PostMapping("/api/parents/login")
    @Operation(summary = "Parent login with parent ID and password (the parents' page)")
    ResponseEntity<Map<String, Object>> parentLogin(@RequestBody Map<String, Object> body,
                                                    HttpServletRequest request, HttpServletResponse response) {
        JsonBody fields = JsonBody.of(body);
        var parent = logins.parentByPassword(fields.text("parent_id", Limits.FIELD), fields.text("password", Limits.FIELD),
                request);
        if (parent.isEmpty()) {
            return ResponseEntity.status(401).body(Json.obj("success", false,
                    "message", "Invalid parent ID or password"));
        }
        sessions.signIn(Caller.parent(parent.get().parentId(), parent.get().displayName()), Credential.PASSWORD,
                request, response);
        return ResponseEntity.ok(Json.obj("success", true, "redirect", "/parents",
                "parent", Json.obj("parent_id", parent.get().parentId(), "display_name", parent.get().displayName())));
    }

    @PostMapping("/api/parents/logout")
    @Operation(summary = "Parent logout")
    Map<String, Object> parentLogout(HttpServletRequest request) {
        sessions.signOut(request);
        return Json.obj("success", true);
    }

    /**
     * A parent's family code (or an expert's class code) opens a learner session that sees only that
     * family's children; an expert's personal code is refused (docs/decisions/0027-class-codes.md).
     */
    @PostMapping("/api/learners/parents/login")
    @Operation(summary = "Child login - enter parent access code and get linked child profiles")
    ResponseEntity<Map<String, Object>> childLogin(@RequestBody Map<String, Object> body,
                                                   HttpServletRequest request, HttpServletResponse response) {
        String code = JsonBody.of(body).firstText(Limits.FIELD, "access_code", "login_code");
        if (code == null || code.isBlank()) {
            return ResponseEntity.badRequest().body(Json.obj("success", false,
                    "error", "Please enter your access code."));
        }
        var family = logins.family(code.trim(), request);
        if (family.isEmpty()) {
            return ResponseEntity.status(401).body(Json.obj("success", false,
                    "error", "Invalid Login Code. Please try again."));
        }
        Logins.Family found = family.get();
        sessions.signIn(Caller.learnerOf(found.owner(), found.displayName()), Credential.CODE, request, response);
        List<ChildView> children = found.children().stream().map(ChildView::of).toList();
        return ResponseEntity.ok(Json.obj("success", true,
                "parent", Json.obj("parent_id", found.owner().id(), "display_name", found.displayName()),
                "children", children));
    }
}
