package io.explainers.indexnow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One changed public address to tell IndexNow about: a row of the transactional outbox, written with the change.
 * The sender works on the rows with SQL of its own ({@link Outbox}); the entity writes them and reads them for the API.
 */
@Entity
@Table(name = "indexnow_outbox")
public class Announcement extends PanacheEntityBase {

    public enum State {
        PENDING,
        SENT,
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 2048)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public State state = State.PENDING;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(length = 36)
    public String claim;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "last_error", length = 500)
    public String lastError;
}
