// ... existing imports

export class ApiClient {
  private http: AxiosInstance;

  constructor(baseURL: string) {
    this.http = axios.create({ baseURL, timeout: 10_000 });
    this.http.interceptors.request.use((config) => {
      const token = getToken();
      if (token) {
        config.headers.Authorization = `Bearer ${token}`;
      }
      return config;
    });
  }

  async getUser(id: string): Promise<User> {
    const res = await this.http.get<User>(`/users/${id}`);
    return res.data;
  }

  async listProjects(ownerId: string): Promise<Project[]> {
    const res = await this.http.get<Project[]>("/projects", { params: { ownerId } });
    return res.data;
  }
}
