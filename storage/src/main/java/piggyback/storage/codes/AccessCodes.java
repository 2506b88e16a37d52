package piggyback.storage.codes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import piggyback.storage.UtcTime;

/**
 * Access codes of experts, parents and experts' classes, stored only as a PBKDF2 hash plus a keyed lookup digest
 * (unique, so one code never opens two accounts). Plain codes are never stored or returned.
 */
@Repository
public class AccessCodes {

    private final JdbcClient jdbc;
    private final CodeDigester digester;

    AccessCodes(JdbcClient jdbc, CodeDigester digester) {
        this.jdbc = jdbc;
        this.digester = digester;
    }

    /**
     * Gives the owner this code, replacing its previous one.
     *
     * @param chosenByOwner true when the owner set it itself (not an admin or its expert)
     * @return true when the code differs from the owner's previous one (or it had none)
     * @throws AccessCodeInUseException when another account already has this code
     */
    public boolean assign(CodeOwner owner, String code, boolean chosenByOwner) {
        String digest = digester.digest(code);
        String hash = PasswordHashing.hash(code);
        LocalDateTime now = UtcTime.now();
        String column = ownerColumn(owner);
        Optional<String> previous = jdbc.sql("SELECT lookup_digest FROM access_codes WHERE " + column + " = ?")
                .param(owner.id()).query(String.class).optional();
        try {
            int updated = jdbc.sql("UPDATE access_codes SET lookup_digest = ?, code_hash = ?, chosen_by_owner = ?,"
                            + " updated_at = ? WHERE " + column + " = ?")
                    .params(digest, hash, chosenByOwner, now, owner.id()).update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO access_codes (" + column + ", lookup_digest, code_hash, chosen_by_owner,"
                                + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)")
                        .params(owner.id(), digest, hash, chosenByOwner, now, now).update();
            }
        } catch (DuplicateKeyException taken) {
            throw new AccessCodeInUseException();
        }
        return previous.map(before -> !before.equals(digest)).orElse(true);
    }

    /** True when the code is free, or already belongs to this owner. */
    public boolean isAvailableFor(CodeOwner owner, String code) {
        return findOwner(code).map(owner::equals).orElse(true);
    }

    /** The owner of this code, confirmed against the slow hash; empty for an unknown code. */
    public Optional<CodeOwner> findOwner(String code) {
        return jdbc.sql("SELECT expert_id, parent_id, class_of_expert_id, code_hash FROM access_codes"
                        + " WHERE lookup_digest = ?")
                .param(digester.digest(code))
                .query((rs, n) -> PasswordHashing.verify(code, rs.getString("code_hash"))
                        ? Optional.of(ownerOf(rs)) : Optional.<CodeOwner>empty())
                .optional().flatMap(found -> found);
    }

    /** Removes the owner's code; true when it had one. */
    public boolean clear(CodeOwner owner) {
        return jdbc.sql("DELETE FROM access_codes WHERE " + ownerColumn(owner) + " = ?").param(owner.id()).update() > 0;
    }

    public boolean hasCode(CodeOwner owner) {
        return jdbc.sql("SELECT COUNT(*) FROM access_codes WHERE " + ownerColumn(owner) + " = ?")
                .param(owner.id()).query(Integer.class).single() > 0;
    }

    /** True when the owner chose its current code itself. */
    public boolean isChosenByOwner(CodeOwner owner) {
        return jdbc.sql("SELECT chosen_by_owner FROM access_codes WHERE " + ownerColumn(owner) + " = ?")
                .param(owner.id()).query(Boolean.class).optional().orElse(false);
    }

    private static CodeOwner ownerOf(ResultSet row) throws SQLException {
        if (row.getString("expert_id") != null) {
            return CodeOwner.expert(row.getString("expert_id"));
        }
        return row.getString("parent_id") != null ? CodeOwner.parent(row.getString("parent_id"))
                : CodeOwner.classOf(row.getString("class_of_expert_id"));
    }

    private static String ownerColumn(CodeOwner owner) {
        return switch (owner.kind()) {
            case EXPERT -> "expert_id";
            case PARENT -> "parent_id";
            case CLASS -> "class_of_expert_id";
        };
    }
}
