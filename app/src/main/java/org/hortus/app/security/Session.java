package org.hortus.app.security;

/**
 * A logged-in user, as {@link AuthService#login} returns it. Services check its role with {@link
 * Authorizer#require}; a role change or disabling takes effect at the next login.
 *
 * @param username who
 * @param role their role at login
 */
public record Session(String username, Role role) {}
