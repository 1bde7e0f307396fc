package beacon.club.web;

import beacon.club.Clubs;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The club an address names by its id, for the hub administrator's pages and API alike. */
final class ClubById {

  private ClubById() {}

  /**
   * @throws ResponseStatusException 404 when there is no such club
   */
  static Clubs.Club of(Clubs clubs, long clubId) {
    return clubs
        .withId(clubId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "There is no club with the id " + clubId));
  }
}
