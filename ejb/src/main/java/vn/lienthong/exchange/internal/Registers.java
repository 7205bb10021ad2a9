package vn.lienthong.exchange.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.lienthong.directory.Agency;
import vn.lienthong.exchange.RegisterKey;

/**
 * Issues register numbers without gaps or repeats. The counter row is locked (SELECT … FOR UPDATE) until the
 * issuing transaction ends, so concurrent clerks queue for it, and a failed issue rolls its number back. The first
 * number of a new year creates the row under a lock on the agency row, so two first issues cannot both create it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Registers {

    @PersistenceContext
    EntityManager em;

    public int next(RegisterKey key) {
        RegisterCounterRow.Key id = new RegisterCounterRow.Key(key);
        RegisterCounterRow row = em.find(RegisterCounterRow.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            em.find(Agency.class, key.agency().value(), LockModeType.PESSIMISTIC_WRITE);
            row = em.find(RegisterCounterRow.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new RegisterCounterRow(key);
                em.persist(row);
                em.flush();
            }
        }
        return row.advance(key);
    }
}
