import { InMemoryWebStorage, UserManager, WebStorageStateStore } from 'oidc-client-ts';

/**
 * Login through Keycloak's `portal` client: authorization code + PKCE (S256), tokens held in memory only
 * (never localStorage or sessionStorage, where any script of the origin could read them). Only the
 * short-lived state of a login in progress (state, PKCE verifier) waits in sessionStorage across the
 * redirect. Keycloak's refresh token renews the access token before it expires; a reload starts a new
 * login, which Keycloak's session cookie answers without asking for the password again.
 */
export class Session {
  constructor(config) {
    this.manager = new UserManager({
      authority: config.authority,
      client_id: config.clientId,
      redirect_uri: `${location.origin}/`,
      post_logout_redirect_uri: `${location.origin}/`,
      response_type: 'code',
      scope: 'openid',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      stateStore: new WebStorageStateStore({ store: sessionStorage }),
      automaticSilentRenew: true,
    });
    this.user = null;
    this.manager.events.addUserLoaded((user) => { this.user = user; });
    this.manager.events.addSilentRenewError(() => this.login());
  }

  /** Finishes a login the browser came back from, or starts one; answers false while leaving for Keycloak. */
  async establish() {
    const query = new URLSearchParams(location.search);
    if (query.has('code') && query.has('state')) {
      this.user = await this.manager.signinRedirectCallback();
      const route = this.user.state || '#/framework';
      history.replaceState(null, '', `/${route}`);
      return true;
    }
    if (query.has('error')) {
      throw new Error(`Keycloak refused the login: ${query.get('error_description') || query.get('error')}`);
    }
    await this.login();
    return false;
  }

  login() {
    return this.manager.signinRedirect({ state: location.hash || '#/framework' });
  }

  logout() {
    return this.manager.signoutRedirect();
  }

  async accessToken() {
    if (this.user?.expired) {
      this.user = await this.manager.signinSilent();
    }
    return this.user.access_token;
  }

  get username() {
    return this.user.profile.preferred_username;
  }

  /** The realm roles of the token, for what the navigation offers; the API still decides every answer. */
  get roles() {
    const payload = JSON.parse(atob(this.user.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    return new Set(payload.realm_access?.roles ?? []);
  }
}
