/** An answer of the API that was not a success, with its problem+json detail when it sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Calls the platform's API on this origin, through the gateway, with the session's bearer token. */
export class Api {
  constructor(session) {
    this.session = session;
  }

  get(path) {
    return this.send('GET', path);
  }

  post(path, body, headers = {}) {
    return this.send('POST', path, body, headers);
  }

  async send(method, path, body, headers = {}) {
    const response = await fetch(path, {
      method,
      headers: {
        Accept: 'application/json, application/problem+json',
        Authorization: `Bearer ${await this.session.accessToken()}`,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const type = response.headers.get('Content-Type') || '';
    const payload = type.includes('json') ? await response.json() : null;
    if (!response.ok) {
      throw new ApiError(response.status, payload);
    }
    return payload;
  }
}
