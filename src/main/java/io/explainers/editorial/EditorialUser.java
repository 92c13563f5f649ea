package io.explainers.editorial;

import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;

/** A member of the editorial team, as quarkus-security-jpa reads them for HTTP Basic logins. */
@Entity
@Table(name = "editorial_user")
@UserDefinition
public class EditorialUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Username
    @Column(nullable = false, unique = true)
    public String username;

    /** A bcrypt hash in modular crypt format; the password itself is never stored. */
    @Password
    @Column(nullable = false)
    public String password;

    /** Comma-separated, for example {@code editor,reviewer}. */
    @Roles
    @Column(nullable = false)
    public String roles;

    public static EditorialUser create(String username, String password, Set<String> roles) {
        EditorialUser user = new EditorialUser();
        user.username = username;
        user.password = BcryptUtil.bcryptHash(password);
        user.roles = String.join(",", roles.stream().sorted().toList());
        user.persist();
        return user;
    }
}
