package piggyback.api.admin.parents;

import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;

/**
 * Admin CRUD of parent accounts (docs/decisions/0021-accounts-and-logins.md; {@code detail} errors like the other admin
 * routes).
 */
@RestController
@RequestMapping("/api/admin/parents")
@Tag(name = "admin")
class AdminParentsController {

    private final ParentAccounts accounts;

    AdminParentsController(ParentAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "List all parent accounts")
    Map<String, Object> list() {
        return Json.obj("success", true, "parents", accounts.all());
    }

    @PostMapping
    @Operation(summary = "Create a parent account with an optional login code and parents' page password")
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "parent", accounts.create(JsonBody.of(body)));
    }

    @PutMapping("/{parentId}")
    @Operation(summary = "Update a parent account (name, login code, parent password, active)")
    Map<String, Object> update(@PathVariable String parentId, @RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "parent", accounts.update(parentId, JsonBody.of(body)));
    }

    @PostMapping("/{parentId}/password-link")
    @Operation(summary = "A one-time link (72 h) for the parent to choose its parents' page password")
    Map<String, Object> passwordLink(@PathVariable String parentId) {
        ParentAccounts.PasswordLink link = accounts.passwordLink(parentId);
        return Json.obj("success", true, "link", link.link(), "expires_at", link.expiresAt());
    }

    @DeleteMapping("/{parentId}")
    @Operation(summary = "Delete a parent account; its children stay, unlinked from it")
    Map<String, Object> delete(@PathVariable String parentId) {
        accounts.delete(parentId);
        return Json.obj("success", true);
    }
}
