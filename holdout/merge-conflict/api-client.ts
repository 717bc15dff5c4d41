<<<<<<< HEAD
import axios, { type AxiosInstance } from "axios";
import { getToken } from "./auth";
=======
import ky, { type KyInstance } from "ky";
import { getAccessToken } from "./auth";
>>>>>>> feature/replace-axios-with-ky

export interface ApiClientOptions {
  baseUrl: string;
  timeoutMs?: number;
}

export function createApiClient({ baseUrl, timeoutMs = 10_000 }: ApiClientOptions) {
  return axios.create({
    baseURL: baseUrl,
    timeout: timeoutMs,
    headers: { "Content-Type": "application/json" },
  });
}

export async function getJson<T>(client: AxiosInstance, url: string): Promise<T> {
  const token = await getToken();
  const res = await client.get<T>(url, { headers: { Authorization: `Bearer ${token}` } });
  return res.data;
}
