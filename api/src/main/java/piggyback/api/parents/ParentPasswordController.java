package piggyback.api.parents;

import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import piggyback.api.audit.AdminAudit;
import piggyback.api.security.LoginThrottle;
import piggyback.api.security.ParentPasswords;
import piggyback.api.web.ApiException;
import piggyback.api.web.ClientAddress;
import piggyback.api.web.Json;
import piggyback.api.web.JsonBody;
import piggyback.api.web.Limits;
import piggyback.storage.codes.PasswordHashing;
import piggyback.storage.parents.ParentPasswordLinks;
import piggyback.storage.parents.Parents;

/** A parent chooses the parents' page password through the one-time link the admin gave it. */
@RestController
@Tag(name = "parents")
class ParentPasswordController {

    private final ParentPasswordLinks links;
    private final Parents parents;
    private final LoginThrottle throttle;
    private final AdminAudit audit;
    private final ApplicationEventPublisher events;

    ParentPasswordController(ParentPasswordLinks links, Parents parents, LoginThrottle throttle, AdminAudit audit,
                             ApplicationEventPublisher events) {
        this.links = links;
        this.parents = parents;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
    }

    @PostMapping("/api/parents/password")
    @Operation(summary = "Set the parent's password with a one-time link's token")
    Map<String, Object> choose(@RequestBody Map<String, Object> body) {
        JsonBody fields = JsonBody.of(body);
        String password = ParentPasswords.checked(fields.text("password", Limits.FIELD), "password");
        String token = fields.text("token", Limits.FIELD);
        String client = ClientAddress.current();
        throttle.checkAllowed(client, null);
        Optional<String> parentId = token == null || token.isBlank() ? Optional.empty() : links.redeem(token.trim());
        if (parentId.isEmpty()) {
            throttle.failed(client, null);
            throw ApiException.badRequest("This link has expired or was used already. Ask for a new one.");
        }
        parents.setPasswordHash(parentId.get(), PasswordHashing.hash(password));
        events.publishEvent(ParentPasswords.changed(parentId.get(), null));
        audit.record("parent.password_chosen", "parent", parentId.get(), null);
        return Json.obj("success", true, "parent_id", parentId.get());
    }
}
