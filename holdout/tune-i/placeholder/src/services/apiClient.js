export class ApiClient {
  constructor(baseUrl, getToken) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.getToken = getToken;
  }

  async request(method, url, body) {
    const res = await fetch(`${this.baseUrl}${url}`, {
      method,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${await this.getToken()}`,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${method} ${url} failed with ${res.status}`);
    return res.status === 204 ? null : res.json();
  }

  get(url) {
    return this.request('GET', url);
  }

  /* post(), put() and delete() have the same shape as get() above: each one
     forwards to this.request() with its HTTP verb and, apart from delete(),
     a JSON body. */
}

export const client = new ApiClient(import.meta.env.VITE_API_URL, () =>
  localStorage.getItem('token')
);

export const createProject = (data) => client.post('/projects', data);
export const renameProject = (id, name) => client.put(`/projects/${id}`, { name });
export const deleteProject = (id) => client.delete(`/projects/${id}`);
