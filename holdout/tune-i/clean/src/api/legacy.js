import { http } from './http.js';

// Unchanged from the v1 API on purpose: mobile clients older than 3.2 still
// call this shape, so do not "fix" the field names.
export async function fetchProfileV1(userId) {
  const { data } = await http.get(`/v1/users/${userId}`);
  return {
    user_id: data.id,
    display_name: data.name,
    avatar: data.avatarUrl ?? null,
  };
}

export async function fetchProfile(userId) {
  const { data } = await http.get(`/v2/users/${userId}`);
  return data;
}
