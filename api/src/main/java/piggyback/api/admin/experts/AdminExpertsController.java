package piggyback.api.admin.experts;

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

/** Admin CRUD of expert accounts ({@code detail} errors, docs/decisions/0001-error-envelopes.md). */
@RestController
@RequestMapping("/api/admin/experts")
@Tag(name = "admin")
class AdminExpertsController {

    private final ExpertAccounts accounts;

    AdminExpertsController(ExpertAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "List all expert accounts")
    Map<String, Object> list() {
        return Json.obj("success", true, "experts", accounts.all().stream().map(ExpertView::of).toList());
    }

    @PostMapping
    @Operation(summary = "Create a new expert account")
    Map<String, Object> create(@RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "expert", ExpertView.of(accounts.create(JsonBody.of(body))));
    }

    @PutMapping("/{expertId}")
    @Operation(summary = "Update an expert account")
    Map<String, Object> update(@PathVariable String expertId, @RequestBody Map<String, Object> body) {
        return Json.obj("success", true, "expert", ExpertView.of(accounts.update(expertId, JsonBody.of(body))));
    }

    @DeleteMapping("/{expertId}")
    @Operation(summary = "Delete an expert account")
    Map<String, Object> delete(@PathVariable String expertId) {
        accounts.delete(expertId);
        return Json.obj("success", true);
    }

    @PostMapping("/{expertId}/deactivate")
    @Operation(summary = "Deactivate an expert account")
    Map<String, Object> deactivate(@PathVariable String expertId) {
        return Json.obj("success", true, "expert", ExpertView.of(accounts.deactivate(expertId)));
    }
}
