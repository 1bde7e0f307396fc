package beacon.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.stereotype.Component;

/**
 * The session of an administrator who changed their own account: a change that ends the account's
 * sessions (a new password, another organisation) ends this one too, and the administrator signs in
 * again.
 */
@Component
class OwnSession {

  /** The sessions kept in the database; none where Beacon runs a command rather than pages. */
  private final ObjectProvider<SessionRepository<? extends Session>> sessions;

  OwnSession(ObjectProvider<SessionRepository<? extends Session>> sessions) {
    this.sessions = sessions;
  }

  /** Whether the session this request is served in has been ended. */
  boolean ended(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && sessions.getObject().findById(session.getId()) == null;
  }

  /** Leaves the ended session, so that nothing of it is written back. */
  void leave(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
  }
}
